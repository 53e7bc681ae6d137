"""The projection in compact form: an undirected adjacency over integer node ids (CSR arrays), and the
on-disk cache that ``kg path``, ``kg neighbors`` and ``kg render --focus`` load in a fraction of a second.

Rebuilding a networkx graph of a million triples takes seconds in any form (a pickled networkx graph
loads in about 10 s at 1M triples), so the cache does not hold one. It holds:

- the node IRIs (sorted: a node's id is its rank, so id order is IRI order), their classes and types;
- for every node the run of its adjacency entries: the node at the other end, the property, and whether
  the node is the subject of the triple (``fwd``); entries are sorted by the other node, then property;
- the name index (normalised label, ISO code or alias -> node ids) and the article metadata;
- each node's :class:`~kg.ask.view.NodeInfo` pickled on its own, read only when that node is shown.

A :class:`CompactView` answers path questions from the arrays alone; a networkx graph is built only for
what is asked (the candidate subgraph of a path search, the nodes of a page) or, for whole-graph measures
such as betweenness, on first use of :attr:`CompactView.graph`.

>>> from kg.ask.project import project_triples
>>> from rdflib import URIRef as U
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> D = "https://w3id.org/dipkg/ontology#"
>>> v = project_triples([(U("urn:a"), U(T), U(D + "City")), (U("urn:b"), U(T), U(D + "State")),
...                      (U("urn:a"), U(D + "inState"), U("urn:b"))])
>>> adj = v.adjacency()
>>> [(adj.nodes[w], adj.props[p], f) for w, p, f in adj.entries(adj.ids["urn:b"])]
[('urn:a', 'inState', False)]
"""
from __future__ import annotations

import mmap
import pickle
from array import array

import networkx as nx

from ..util.files import atomic_file
from .adjacency import Adjacency
from .view import NodeInfo, View

CACHE_NAME = "projection.idx"
FORMAT = 2     # bump when the layout below changes: an old cache is then rebuilt, not misread


class _Details:
    """Node IRI -> :class:`NodeInfo`, unpickled from the cache file one node at a time."""

    def __init__(self, adj: Adjacency, buf, base: int, offsets):
        self._adj, self._buf, self._base, self._offsets = adj, buf, base, offsets
        self._cache: dict[str, NodeInfo] = {}

    def __getitem__(self, iri: str) -> NodeInfo:
        inf = self._cache.get(iri)
        if inf is None:
            i = self._adj.ids[iri]       # KeyError for an unknown node, as a dict would
            a, b = self._offsets[i], self._offsets[i + 1]
            inf = self._cache[iri] = NodeInfo(iri, *pickle.loads(self._buf[self._base + a:self._base + b]))
        return inf

    def get(self, iri: str, default=None):
        try:
            return self[iri]
        except KeyError:
            return default

    def __contains__(self, iri) -> bool:
        return iri in self._adj.ids

    def __iter__(self):
        return iter(self._adj.nodes)

    def __len__(self) -> int:
        return len(self._adj.nodes)

    def keys(self):
        return list(self._adj.nodes)

    def items(self):
        return ((n, self[n]) for n in self._adj.nodes)

    def values(self):
        return (self[n] for n in self._adj.nodes)


class CompactView(View):
    """A :class:`View` read from the cache: arrays now, node details and the networkx graph on demand."""

    def __init__(self, adj: Adjacency, details: _Details, names: dict, articles: dict):
        super().__init__(None, details, articles)
        self._adj = adj
        self._idx = names

    @property
    def graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = self._adj.directed()
        return self._graph

    def cls_of(self, iri: str) -> str:
        return self._adj.cls(self._adj.ids[iri])

    def subgraph(self, nodes) -> nx.MultiDiGraph:
        ids = self._adj.ids
        return self._adj.directed({ids[n] for n in nodes})


def save(view: View, path, tag) -> None:
    """Write ``view`` to ``path`` in compact form, tagged with ``tag`` (the store's identity); atomic."""
    adj = view.adjacency()
    blobs, offsets = [], array("q", [0])
    for n in adj.nodes:
        inf = view.info[n]
        b = pickle.dumps((inf.types, inf.labels, inf.props, inf.evidence, inf.articles, inf.sources), protocol=5)
        blobs.append(b)
        offsets.append(offsets[-1] + len(b))
    # the same string objects as in ``nodes``: pickle writes each IRI once and the names refer to it
    names = {k: tuple(adj.nodes[j] for j in sorted(adj.ids[i] for i in v)) for k, v in view._index().items()}
    header = {"format": FORMAT, "tag": tag, "nodes": adj.nodes, "kinds": adj.kinds, "kind": adj.kind,
              "props": adj.props, "off": adj.off, "nbr": adj.nbr, "prop": adj.prop, "fwd": adj.fwd,
              "names": names, "articles": view.articles, "offsets": offsets}
    with atomic_file(path) as f:
        pickle.dump(header, f, protocol=5)
        for b in blobs:
            f.write(b)


def load(path, tag) -> CompactView | None:
    """The cached view at ``path`` if it exists and was made from the store identified by ``tag``."""
    try:
        with open(path, "rb") as f:
            header = pickle.load(f)
            if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("tag") != tag:
                return None
            base = f.tell()
            buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None
    adj = Adjacency(header["nodes"], header["kinds"], header["kind"], header["props"], header["off"],
                    header["nbr"], header["prop"], header["fwd"])
    return CompactView(adj, _Details(adj, buf, base, header["offsets"]), header["names"], header["articles"])
