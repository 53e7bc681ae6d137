"""The store and exports: the on-disk Oxigraph store (:mod:`kg.store.oxigraph`), SPARQL endpoints
(:mod:`kg.store.endpoint`), the workspace that keeps readings for ``kg add`` (:mod:`kg.store.workspace`),
and the RDF exports (:mod:`kg.store.turtle`, :mod:`kg.store.export`)."""
