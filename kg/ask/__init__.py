"""Asking the graph: SPARQL and the named queries (:mod:`kg.ask.query`), the networkx projection
(:mod:`kg.ask.project`, :mod:`kg.ask.view`, :mod:`kg.ask.compact`) and path questions
(:mod:`kg.ask.paths`), the page (:mod:`kg.ask.render`), SHACL validation, GraphML, and ``kg serve``."""
