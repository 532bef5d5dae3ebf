"""Reference tables generated from the code at docs build time, so the site cannot drift from it.

Each function returns Markdown for one ``<!-- eventx:NAME -->`` marker (see ``hooks.py``): the schema
from the pydantic models, the taxonomy and its ACLED codes from the resources, the components' configs
from spaCy's factory registry, and the command line's help from its argparse parser.
"""

from __future__ import annotations

import inspect
import sys
from typing import Any

MODELS = ("Event", "DateSpan", "Location", "Actor", "Count", "Evidence")


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _json_type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        return " or ".join(_json_type(p) for p in prop["anyOf"])
    if "enum" in prop:
        return " / ".join(f"`{v}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {_json_type(prop.get('items', {}))}"
    if kind == "null":
        return "null"
    return prop.get("format", kind)


def _bounds(prop: dict[str, Any]) -> str:
    parts = [f">= {prop['minimum']}" if "minimum" in prop else "",
             f"<= {prop['maximum']}" if "maximum" in prop else ""]
    return ", ".join(p for p in parts if p)


def schema_tables() -> str:
    """One table per model: field, type, required or default, description."""
    from eventx import models

    out: list[str] = []
    for name in MODELS:
        model = getattr(models, name)
        schema = model.model_json_schema(mode="serialization")
        schema = schema["$defs"][name] if "properties" not in schema else schema  # Event is recursive
        props = schema["properties"]
        out += [f"### {name}", "", inspect.getdoc(model).split("\n\n")[0], ""]
        out += ["| field | type | default | description |", "|---|---|---|---|"]
        for field, info in model.model_fields.items():
            prop = props[field]
            default = info.get_default(call_default_factory=True)
            default = "required" if info.is_required() else f"`{default!r}`"
            kind = " ".join(p for p in (_json_type(prop), _bounds(prop)) if p)
            out.append(f"| `{field}` | {_cell(kind)} | {_cell(default)} | {_cell(info.description or '')} |")
        out.append("")
    return "\n".join(out)


def taxonomy_tables() -> str:
    """Event types and sub-event types with ACLED's disorder types; actor kinds with ACLED's inter codes."""
    from eventx.data import load_yaml
    from eventx.models import ACTOR_KIND_GROUPS, ACTOR_KINDS, EVENT_TYPES, NOT_INITIATORS

    codes = load_yaml("acled_export.yaml")
    out = ["### Event types and sub-event types", "",
           "| event type | sub-event type | ACLED disorder type |", "|---|---|---|"]
    for event_type, subs in EVENT_TYPES.items():
        for sub in subs:
            disorder = codes["disorder_type_by_sub_event"].get(sub) or codes["disorder_type"][event_type]
            out.append(f"| {event_type} | {sub} | {disorder or '(none: not an ACLED type)'} |")
    out += ["", "### Actor kinds", "",
            "| actor kind | ACLED `inter1`/`inter2` code | groups | may not initiate |", "|---|---|---|---|"]
    for kind in ACTOR_KINDS:
        groups = ", ".join(g for g, kinds in ACTOR_KIND_GROUPS.items() if kind in kinds)
        barred = ", ".join(t for t, kinds in NOT_INITIATORS.items() if kind in kinds)
        out.append(f"| `{kind}` | {codes['inter_code'][kind]} | {groups} | {barred} |")
    out += ["", "### Precision codes", "", "| eventx precision | ACLED code | column |", "|---|---|---|"]
    out += [f"| `{p}` | {c} | `time_precision` |" for p, c in codes["time_precision"].items()]
    out += [f"| `{p}` | {c} | `geo_precision` |" for p, c in codes["geo_precision"].items()]
    return "\n".join(out) + "\n"


def acled_columns() -> str:
    """The ACLED export's columns and how eventx fills the actor sides (``eventx.acled``'s docstring)."""
    from eventx import acled

    cols = ", ".join(f"`{c}`" for c in acled.ACLED_COLUMNS)
    return f"{inspect.getdoc(acled)}\n\nColumns, in order: {cols}.\n"


def component_tables() -> str:
    """Each eventx pipe: what it assigns and requires, its config with defaults, and its docstring."""
    from spacy import registry
    from spacy.language import Language

    import eventx.components  # noqa: F401  (registers the factories)
    from eventx.pipeline import COMPONENTS

    out: list[str] = []
    for name in ("eventx_document", "eventx_norms", *COMPONENTS):
        meta = Language.get_factory_meta(name)
        module = sys.modules[registry.factories.get(name).__module__]
        out += [f"### `{name}`", "", inspect.getdoc(module) or "", ""]
        out += [f"- assigns: {', '.join(f'`{a}`' for a in meta.assigns) or '-'}"]
        out += [f"- requires: {', '.join(f'`{r}`' for r in meta.requires) or '-'}", ""]
        out += ["| config key | default |", "|---|---|"]
        out += [f"| `{k}` | `{v!r}` |" for k, v in meta.default_config.items()]
        out.append("")
    return "\n".join(out)


def lexicon_table() -> str:
    """The word lists a pipe's ``lexicon`` config may override, with their top-level keys."""
    from eventx.lexicon import OVERRIDABLE, _packaged

    out = ["| resource | keys |", "|---|---|"]
    for stem in sorted(OVERRIDABLE):
        keys = ", ".join(f"`{k}`" for k in _packaged(f"{stem}.yaml"))
        out.append(f"| `{stem}` | {keys} |")
    return "\n".join(out) + "\n"


def _subparsers(parser: Any) -> list[Any]:
    import argparse

    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += [sub, *_subparsers(sub)]
    return found


def cli_help() -> str:
    """``eventx --help`` and the help of each sub-command, as the parser prints them (100 columns)."""
    import os

    from eventx.cli import build_parser

    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal's width
    parser = build_parser()
    out = ["```text", parser.format_help().rstrip(), "```", ""]
    for sub in _subparsers(parser):
        out += [f"### `{sub.prog}`", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(out)
