"""Casualty statements read from a parsed sentence: who was killed, injured, abducted ..., how many,
and who says so (used by the eventx_casualties component).

- :mod:`.lexicon`: ``casualties.yaml`` as an immutable :class:`~.lexicon.CasualtyLexicon`;
- :mod:`.triggers`: which words state a casualty, and with which status;
- :mod:`.counted`: the noun that names who was counted;
- :mod:`.counts`: the number of a counted noun;
- :mod:`.victims`: who the victims are (text, kind, country, armed group);
- :mod:`.qualifiers`: negated, unknown, cumulative, shared and additional counts, and their sources;
- :mod:`.mentions`: one CasualtyMention per statement.
"""
