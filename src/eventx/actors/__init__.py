"""Actor mentions found in a parsed sentence (used by the eventx_actors component).

- :mod:`.mention`: the ActorMention record and country names;
- :mod:`.nouns`: actors named by a noun ("Turkish troops", "armed men") and attacked things;
- :mod:`.named`: actors named by a name (armed groups, national forces, titled officials).
"""
