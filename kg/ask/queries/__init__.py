"""The named SPARQL queries of kg query."""
