"""Pictures the docs build makes by running eventx: the plots of the example articles and a rendering.

``example_events()`` extracts the events of ``examples/articles`` (with their ``index.json`` dates) and
fuses them; ``plot_pngs()`` draws their timeline and map as PNG bytes; ``render_example()`` is the HTML
of ``eventx.render`` on a short text written for the docs.
"""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "examples" / "articles"

#: written for these docs: one sentence with every kind of mark render draws
RENDER_TEXT = (
    "Gunmen killed at least 12 villagers and wounded five others in Kaya, in Burkina Faso, on Sunday, "
    "the army said. Soldiers later clashed with the attackers near the town."
)


@cache
def example_events():
    """The events of the example articles, fused across the two articles."""
    import eventx

    index = json.loads((ARTICLES / "index.json").read_text(encoding="utf-8"))
    items = [
        ((ARTICLES / name).read_text(encoding="utf-8"), {k: meta[k] for k in ("published", "doc_id")})
        for name, meta in index.items()
        if name.endswith(".txt")
    ]
    return eventx.EventCollection.concat(eventx.extract_many(items)).merge()


def _png(draw) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.6), dpi=100)
    draw(ax)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def plot_pngs() -> dict[str, bytes]:
    """``{"img/timeline.png": ..., "img/map.png": ...}`` for the example articles' events."""
    events = example_events()
    return {
        "img/timeline.png": _png(lambda ax: events.plot_timeline(ax=ax)),
        "img/map.png": _png(lambda ax: events.plot_map(ax=ax)),
    }


def render_example() -> str:
    """``eventx.render`` of ``RENDER_TEXT`` as an HTML fragment."""
    import eventx

    return eventx.render(RENDER_TEXT, published="2021-05-04", jupyter=False)
