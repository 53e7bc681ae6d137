"""dipkg: diplomacy news to an RDF knowledge graph.

Data flows one way: text -> article (:mod:`kg.corpus`) -> mentions (:mod:`kg.mentions`)
-> typed facts (:mod:`kg.extract`) -> resolved nodes and triples (:mod:`kg.resolve`)
-> store and exports (:mod:`kg.build`, :mod:`kg.store`).
"""

__version__ = "0.1.0"
