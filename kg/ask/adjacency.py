"""The projection's undirected adjacency over integer node ids, as flat arrays (compressed sparse rows):
what path questions walk, and what the on-disk cache (:mod:`kg.ask.compact`) holds."""
from __future__ import annotations

from array import array

import networkx as nx


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


def adjacency_of(view) -> Adjacency:
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
