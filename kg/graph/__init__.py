"""The graph: people across articles (:mod:`kg.graph.people`), one node per real thing and its triples
(:mod:`kg.graph.resolve` and the writers it calls), the incremental join over articles
(:mod:`kg.graph.join`), and the vocabulary (:mod:`kg.graph.vocab`)."""
