"""The event stage: from the Doc's layers (dates, places, casualties, actors) to validated Events.

Rule families run in this order (each module owns one): ``triggers`` (candidate mentions),
``support`` (may this trigger stand?), ``roles`` (initiator / target / victims), ``typing``
(event and sub-event type), ``incidents`` (mentions that tell one incident become one), ``claims``
(responsibility claims), ``fields`` (which date, place and counts an incident takes), ``conventions``
(ACLED coding conventions) and ``confidence``; ``build`` runs them in order. See docs/architecture.md.
"""
