"""The date layer: where date expressions are (``candidates``), what their clause marks them as
(``cues``: future, reported, clock time, a year naming a thing) and the resolved mentions (``mentions``)."""
