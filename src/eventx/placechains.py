"""Moved to ``eventx.geo.chains`` (finding and linking place chains) and ``eventx.geo.chain_choice``
(resolving a chain).

No module outside the place code imports from here; the module stays, empty, until the refactor
branches are merged.
"""
