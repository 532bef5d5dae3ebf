"""The document component on a real article: furniture lines, sentence helpers and the anchor date
(real pipeline, real model)."""

from __future__ import annotations

from datetime import date

from eventx.doctools import content_sents, sentence_ents, text_between


def test_furniture_lines_are_found_and_skipped(parse, afp_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    furniture = [afp_text[s:e] for s, e in doc._.furniture]
    assert "Sunday, April 5, 2020" in furniture and "1227 Rate this article:" in furniture
    assert any(f.startswith("Previous Article") for f in furniture)
    first = next(iter(content_sents(doc))).text
    assert first.startswith("The leaders of Russia and Turkey held crisis talks")


def test_markers_inside_a_paragraph_are_furniture_and_end_sentences(parse) -> None:
    text = (
        "Gunmen attacked a checkpoint in Kunduz on Monday. Image copyright Reuters Image caption The "
        "Taliban claimed responsibility for the attack"
    )
    doc = parse(text)
    marked = [text_between(doc, s, e) for s, e in doc._.furniture]
    assert marked == ["Image copyright Reuters", "Image caption"]
    assert "The Taliban claimed responsibility for the attack" in [s.text for s in content_sents(doc)]
    assert all("caption" not in a.text for a in doc._.eventx_actors)
    # the same words inside a sentence of prose are no marker
    plain = parse("The image caption said gunmen attacked a checkpoint in Kunduz on Monday.")
    assert plain._.furniture == []


def test_text_between_equals_slicing_the_text(parse, afp_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    text = doc.text
    # offsets inside tokens, in the spaces between them, at line breaks and at both ends
    cuts = [0, 1, 5, 17, 40, 41, 42, 300, 301, len(text) - 7, len(text) - 1, len(text)]
    cuts += [m for m in range(len(text)) if text[m] in " \n"][:40:3]
    for a in cuts:
        for b in cuts:
            if a <= b:
                assert text_between(doc, a, b) == text[a:b], (a, b)


def test_sentence_ents_are_each_sentences_entities(parse, afp_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    by_sent = sentence_ents(doc)
    assert any(by_sent.values())
    for sent in doc.sents:
        assert by_sent[sent.start] == list(sent.ents)


def test_anchor_from_published_masthead_and_header(parse, afp_text, spun_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    assert (doc._.anchor, doc._.anchor_source) == (date(2020, 2, 28), "published")
    doc = parse(afp_text)
    assert (doc._.anchor, doc._.anchor_source) == (date(2020, 4, 5), "masthead")
    doc = parse(spun_text)
    assert (doc._.anchor, doc._.anchor_source) == (date(2020, 2, 29), "header")


def test_no_anchor_means_relative_dates_stay_unresolved(parse) -> None:
    doc = parse("Gunmen killed three police officers on Thursday in Kaduna, Nigeria.")
    assert doc._.anchor is None and doc._.eventx_dates == []
    twin = parse(
        "Gunmen killed three police officers on Thursday in Kaduna, Nigeria.", published="2020-02-28"
    )
    assert twin._.anchor == date(2020, 2, 28)
    assert [(d.text, d.date_start) for d in twin._.eventx_dates] == [("on Thursday", date(2020, 2, 27))]
