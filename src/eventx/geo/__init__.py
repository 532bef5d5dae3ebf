"""Places: the offline gazetteer (``index`` builds it, ``gazetteer`` looks places up), the document's
place context (``context``), the place hierarchies reports write (``chains``, ``chain_choice``), and the
place mentions the eventx_places pipe records (``mentions``, ``document``)."""
