"""Moved to ``eventx.geo.context`` (document-level place context).

No module outside the place code imports from here; the module stays, empty, until the refactor
branches are merged.
"""
