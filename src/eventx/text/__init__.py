"""Pure text functions without spaCy: numbers and quantities (:mod:`.numbers`, :mod:`.quantities`),
dates (:mod:`.temporal`, :mod:`.text_dates`)."""
