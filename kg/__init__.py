"""dipkg: diplomacy news to an RDF knowledge graph.

The package is the pipeline, one sub-package per stage, data flowing one way (a stage imports only the
stages before it):

    util, errors   atomic files, the error hierarchy
    lang           the language packs (en, bg, ru) and scripts: every word of every language
    read           files -> articles: decoding, HTML, metadata, sentences and tokens
    reference      states and cities, and the gazetteer over them
    mentions       article -> what each sentence names (places, people, organizations, money, dates)
    facts          mentions -> typed facts, one module per kind
    graph          facts of all articles -> people, one node per real thing, triples, the join
    store          the Oxigraph store, SPARQL endpoints, the workspace, RDF exports
    ask            SPARQL and named queries, the networkx projection and paths, the page
    pipeline       build, add and remove: the stages driven end to end
    cli            the ``kg`` command
"""

__version__ = "0.1.0"
