"""The graph as a network: the RDF store projected into networkx, with what people need to read it.

Entities, events, agreements and figures are nodes; object properties between them are edges (keyed by
the property); literals, classes and articles are not nodes, they become node attributes (labels, type,
dates, amounts, evidence, source articles). The projection streams the store's triples once.

The view's name look-up and node details are in :mod:`kg.ask.view`; the compact on-disk form of the
projection, which later path questions load in a fraction of a second, in :mod:`kg.ask.compact`.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..errors import StoreError
from ..graph.vocab import DIP, PROV
from .view import NodeInfo, View

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DC = "http://purl.org/dc/terms/"
SKIP_EDGES = {str(PROV.wasDerivedFrom), str(DIP.mentions)}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def project_triples(triples, sources=()) -> View:
    """Build the view from ``(subject, predicate, object)`` triples of pyoxigraph or rdflib terms, and
    ``sources``: (node, sentence, article) triples saying which article each evidence sentence is in."""
    g = nx.MultiDiGraph()
    info: dict[str, NodeInfo] = {}
    articles: dict[str, dict] = {}
    edges = []
    dip_ns, article_cls = str(DIP), str(DIP.Article)
    derived, evidence = str(PROV.wasDerivedFrom), str(DIP.evidence)   # made once: a namespace look-up
    # per triple was a tenth of projecting a million triples

    def node(iri: str) -> NodeInfo:
        inf = info.get(iri)
        if inf is None:
            inf = info[iri] = NodeInfo(iri)
        return inf

    for s, p, o in triples:
        s_iri, p_iri = _value(s), _value(p)
        o_is_iri = _is_iri(o)
        o_val = _value(o)
        if p_iri == RDF_TYPE:
            if o_val == article_cls:
                articles.setdefault(s_iri, {})
            elif o_val.startswith(dip_ns):
                node(s_iri).types.append(o_val[len(dip_ns):])
            continue
        if p_iri.startswith(DC):
            articles.setdefault(s_iri, {})[p_iri[len(DC):]] = o_val
            continue
        if p_iri == derived:
            node(s_iri).articles.append(o_val)
            continue
        if p_iri in SKIP_EDGES:
            continue
        if o_is_iri:
            edges.append((s_iri, o_val, _local(p_iri)))
            continue
        if p_iri == RDFS_LABEL:
            node(s_iri).labels.setdefault(_lang(o), []).append(o_val)
        elif p_iri == evidence:
            node(s_iri).evidence.append(o_val)
        else:
            node(s_iri).props.setdefault(_local(p_iri), []).append(o_val)
    for s_iri, sent, art in sources:
        inf = info.get(s_iri)
        if inf is not None:
            inf.sources.setdefault(sent, []).append(art)
    for iri in list(articles):
        info.pop(iri, None)
    for iri, inf in info.items():
        if inf.types:
            inf.evidence.sort()
            inf.articles.sort()
            for arts in inf.sources.values():
                arts.sort()
            g.add_node(iri)
    for s, o, p in edges:
        if s in g and o in g:
            g.add_edge(s, o, key=p, property=p)
    info = {k: v for k, v in info.items() if k in g}
    return View(g, info, articles)


def _value(t) -> str:
    return str(getattr(t, "value", t))


def _is_iri(t) -> bool:
    cls = type(t).__name__
    return cls in ("NamedNode", "URIRef")


def _lang(t) -> str:
    return getattr(t, "language", None) or ""


def load_view(out_dir, endpoint: str | None = None) -> View:
    """The view of the working store in ``out_dir`` (or of the graph at ``endpoint``).

    The projection is the costly part at scale, so for the local store it is kept in compact form
    (:mod:`kg.compact`) in ``out_dir/cache/projection.idx``, tagged with the identity of the store folder;
    every build, add or remove swaps in a new store folder, which makes the cached projection stale and it
    is rebuilt on next use. A cached view loads the adjacency and the name index at once and the details of
    a node (labels, evidence, articles) only when they are asked for.
    """
    import os

    from ..store.endpoint import open_backend

    if endpoint or os.environ.get("KG_ENDPOINT"):
        backend = open_backend(out_dir, endpoint)
        return project_triples(backend.triples(), backend.evidence_sources())
    from ..store.oxigraph import STORE_DIR
    from . import compact

    store_dir = Path(out_dir) / STORE_DIR
    cache = Path(out_dir) / "cache" / compact.CACHE_NAME
    try:
        st = store_dir.stat()
        tag = (st.st_ino, st.st_mtime_ns)
    except OSError:
        tag = None
    if tag is not None:
        view = compact.load(cache, tag)
        if view is not None:
            return view
    backend = open_backend(out_dir)
    view = project_triples(backend.triples(), backend.evidence_sources())
    if tag is not None:
        try:
            compact.save(view, cache, tag)
        except StoreError:  # a read-only folder: no cache, still an answer
            pass
    return view


def view_of_graph(graph) -> View:
    """The view of an rdflib graph or of :class:`~kg.graph.triples.Triples` (whose ``support`` says which
    articles each evidence sentence is in), for a build's page, tests and small graphs."""
    from ..graph.vocab import DIPR

    evidence = str(DIP.evidence)
    support = getattr(graph, "support", None) or {}
    sources = [(str(t[0]), str(t[2]), str(DIPR[f"article/{aid}"]))
               for t, arts in support.items() if str(t[1]) == evidence for aid in arts]
    return project_triples(graph, sources)
