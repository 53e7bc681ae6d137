"""The projection in compact form: an undirected adjacency over integer node ids (CSR arrays), and the
on-disk cache that ``kg path``, ``kg neighbors`` and ``kg render --focus`` load in a fraction of a second.

Rebuilding a networkx graph of a million triples takes seconds in any form (a pickled networkx graph
loads in about 10 s at 1M triples), so the cache does not hold one. It holds:

- the node IRIs (sorted: a node's id is its rank, so id order is IRI order), their classes and types;
- for every node the run of its adjacency entries: the node at the other end, the property, and whether
  the node is the subject of the triple (``fwd``); entries are sorted by the other node, then property;
- the name index (normalised label, ISO code or alias -> node ids) and the article metadata;
- each node's :class:`~kg.project.NodeInfo` pickled on its own, read only when that node is shown.

A :class:`CompactView` answers path questions from the arrays alone; a networkx graph is built only for
what is asked (the candidate subgraph of a path search, the nodes of a page) or, for whole-graph measures
such as betweenness, on first use of :attr:`CompactView.graph`.

>>> from kg.project import project_triples
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

from .export import atomic_file
from .project import NodeInfo, View

CACHE_NAME = "projection.idx"
FORMAT = 1     # bump when the layout below changes: an old cache is then rebuilt, not misread


class Adjacency:
    """Undirected adjacency lists over node ids, as flat arrays (compressed sparse rows).

    The entries of node ``u`` are ``range(off[u], off[u + 1])``; entry ``j`` reaches ``nbr[j]`` through
    property ``props[prop[j]]``, and ``fwd[j]`` is 1 when ``u`` is the subject of that triple.
    """

    def __init__(self, nodes, kinds, kind, props, off, nbr, prop, fwd):
        self.nodes: list[str] = nodes                 # id -> IRI, sorted
        self.ids: dict[str, int] = {n: i for i, n in enumerate(nodes)}
        self.kinds: list[tuple] = kinds               # kind id -> (class, types)
        self.kind = kind                              # node id -> kind id
        self.props: list[str] = props                 # property id -> local name, sorted
        self.off, self.nbr, self.prop, self.fwd = off, nbr, prop, fwd

    def __len__(self) -> int:
        return len(self.nodes)

    def cls(self, i: int) -> str:
        return self.kinds[self.kind[i]][0]

    def entries(self, u: int):
        """``(other node id, property id, u is the subject)`` for each triple at ``u``."""
        for j in range(self.off[u], self.off[u + 1]):
            yield self.nbr[j], self.prop[j], bool(self.fwd[j])

    def degree(self, u: int) -> int:
        """The number of distinct neighbours of ``u``."""
        nbr, last, n = self.nbr, -1, 0
        for j in range(self.off[u], self.off[u + 1]):
            if nbr[j] != last:
                n += 1
                last = nbr[j]
        return n

    def directed(self, keep=None) -> nx.MultiDiGraph:
        """The directed multigraph (edges keyed by property) of all nodes, or of the ids in ``keep``."""
        g = nx.MultiDiGraph()
        nodes, props, nbr, prop, fwd, off = self.nodes, self.props, self.nbr, self.prop, self.fwd, self.off
        ids = range(len(nodes)) if keep is None else sorted(keep)
        g.add_nodes_from(nodes[i] for i in ids)
        edges = []
        for u in ids:
            for j in range(off[u], off[u + 1]):
                v = nbr[j]
                if fwd[j] and (keep is None or v in keep):
                    p = props[prop[j]]
                    edges.append((nodes[u], nodes[v], p, {"property": p}))
        g.add_edges_from(edges)
        return g


def adjacency_of(view: View) -> Adjacency:
    """The adjacency of an in-memory view."""
    nodes = sorted(view.graph.nodes)
    ids = {n: i for i, n in enumerate(nodes)}
    props = sorted({p for _, _, p in view.graph.edges(keys=True)})
    pid = {p: i for i, p in enumerate(props)}
    kinds: dict[tuple, int] = {}
    kind = array("H")
    for n in nodes:
        inf = view.info[n]
        kind.append(kinds.setdefault((inf.cls, tuple(sorted(set(inf.types)))), len(kinds)))
    per: list[list] = [[] for _ in nodes]
    for u, v, p in view.graph.edges(keys=True):
        iu, iv, ip = ids[u], ids[v], pid[p]
        # sort key: other end, property, subject, object -- so the first entry per neighbour is the
        # smallest (property, subject, object), whichever way the triple points
        per[iu].append((iv, ip, iu, iv, 1))
        if iu != iv:
            per[iv].append((iu, ip, iu, iv, 0))
    off, nbr, prop, fwd = array("q", [0]), array("i"), array("H"), bytearray()
    for lst in per:
        lst.sort()
        for v, p, _, _, f in lst:
            nbr.append(v)
            prop.append(p)
            fwd.append(f)
        off.append(len(nbr))
    return Adjacency(nodes, sorted(kinds, key=kinds.get), kind, props, off, nbr, prop, bytes(fwd))


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
        b = pickle.dumps((inf.types, inf.labels, inf.props, inf.evidence, inf.articles), protocol=5)
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
