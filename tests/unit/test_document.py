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


def _sentence_starts(text: str) -> list[str]:
    import spacy

    from eventx.components.document import split_labels

    doc = spacy.blank("en")(text)
    for tok in doc[1:]:
        tok.is_sent_start = False
    split_labels(doc)
    return [t.text for t in doc if t.is_sent_start]


def test_a_short_label_before_a_colon_is_a_sentence_of_its_own() -> None:
    assert _sentence_starts("Mass graves: soldiers found a grave near Tal Afar.") == ["Mass", "soldiers"]
    assert _sentence_starts("BREAKING: Gunmen attacked a bank.\nNEW DELHI: Police said ...")[:2] == [
        "BREAKING",
        "Gunmen",
    ]
    # speech and long openings stay one sentence
    assert _sentence_starts("Police said: gunmen attacked a bank.") == ["Police"]
    assert _sentence_starts("The army said on Monday that its men: killed five.") == ["The"]


def test_a_number_opening_a_sentence_stays_with_the_word_after_it() -> None:
    """ "... Martakert. 3 Armenian soldiers were killed": the word after the number is no sentence start;
    a slide counter ("Press 18 The power couple") and a stop word after the number are left to the parser."""
    import spacy

    from eventx.components.document import keep_counts_with_their_nouns

    def unset(text: str) -> list[str]:
        doc = spacy.blank("en")(text)
        keep_counts_with_their_nouns(doc)
        return [t.text for t in doc if t.is_sent_start is False]

    assert unset("Shells hit Martakert. 3 Armenian soldiers were killed.") == ["Armenian"]
    assert unset("Shells hit Martakert. Three Armenian soldiers were killed.") == []
    assert unset("Associated Press 18 The power couple met.") == []
    assert unset("Shells hit Martakert. 18 The couple met.") == []


def test_a_dateline_is_one_sentence_and_the_story_starts_after_its_dash() -> None:
    """ "OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadists attacked ...": the country of the dateline
    (of one word or several) stays with its town, and the story's first sentence starts after the dash;
    a line that opens with no dateline is left alone."""
    import spacy

    from eventx.components.document import keep_datelines_whole
    from eventx.text.datelines import datelines

    text = "Headline here\nOUAGADOUGOU, Burkina Faso (AP) — Suspected jihadists attacked an army post."
    doc = spacy.blank("en")(text)
    keep_datelines_whole(doc, text)
    assert [t.text for t in doc[1:] if t.is_sent_start] == ["Suspected"]
    assert [t.text for t in doc if t.is_sent_start is False] == [",", "Burkina", "Faso", "(", "AP", ")", "—"]
    two = "KABUL, Feb 28 (Reuters) - Gunmen attacked.\nMOGADISHU, Somalia (AP) — A bomb."
    assert [start for start, _ in datelines(two)] == [0, two.index("MOGADISHU")]
    assert datelines("Gunmen attacked a post, the army said - no more.") == []
