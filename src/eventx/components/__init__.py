"""eventx's spaCy components, one module per concern. Importing this package registers the factories
(they are also declared as ``spacy_factories`` entry points, so ``spacy.load`` finds them)."""

from . import actors, casualties, dates, document, events, norms, places  # noqa: F401
