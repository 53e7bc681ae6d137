"""Path questions on the projected graph: how two things are connected, what is around a thing, and
which things are central.

Paths are searched on the undirected graph (a visit links its guest and its host whichever way the
triples point), walked on the compact adjacency of :mod:`kg.ask.adjacency`, and printed with the direction of
each triple. ``k`` shortest simple paths are bounded
by ``max_hops``; parallel edges that repeat the same node path are folded into one step.

>>> from kg.ask.project import project_triples
>>> from rdflib import URIRef as U
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> D = "https://w3id.org/dipkg/ontology#"
>>> v = project_triples([(U("urn:a"), U(T), U(D + "City")), (U("urn:b"), U(T), U(D + "State")),
...                      (U("urn:a"), U(D + "inState"), U("urn:b"))])
>>> [[(s.source, s.prop, s.target) for s in p] for p in shortest_paths(v, "urn:a", "urn:b")]
[[('urn:a', 'inState', 'urn:b')]]
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import networkx as nx

from ..errors import KGError
from .view import View


class NoPath(KGError):
    exit_code = 1


@dataclass
class Step:
    source: str          # subject of the triple
    prop: str
    target: str          # object of the triple
    forward: bool        # True when the path walks from subject to object


class _Walk:
    """The adjacency with what a question excludes: nodes of avoided classes, edges of avoided properties."""

    def __init__(self, view: View, avoid_props=(), avoid_classes=(), keep=()):
        self.adj = adj = view.adjacency()
        avoid_props = {p.lower() for p in avoid_props}
        avoid_classes = {c.lower() for c in avoid_classes}
        self.bad_props = {i for i, p in enumerate(adj.props) if p.lower() in avoid_props}
        bad_kinds = {i for i, (cls, types) in enumerate(adj.kinds)
                     if cls.lower() in avoid_classes or any(t.lower() in avoid_classes for t in types)}
        keep_ids = {adj.ids[k] for k in keep}
        self.bad_nodes = {i for i, k in enumerate(adj.kind) if k in bad_kinds} - keep_ids if bad_kinds else set()

    def next(self, u: int):
        """The allowed neighbours of ``u`` in id order, each once with its first (smallest) entry."""
        adj, bad_p, bad_n = self.adj, self.bad_props, self.bad_nodes
        nbr, prop = adj.nbr, adj.prop
        last = -1
        for j in range(adj.off[u], adj.off[u + 1]):
            v = nbr[j]
            if v == last or v in bad_n or prop[j] in bad_p:
                continue
            last = v
            yield v, j

    def ball(self, src: int, depth: int, within=None) -> dict[int, int]:
        """Hop distance from ``src`` of every node within ``depth`` hops (walking only ``within``, if given)."""
        dist = {src: 0}
        frontier = [src]
        for d in range(1, depth + 1):
            nxt = []
            for u in frontier:
                for v, _ in self.next(u):
                    if v not in dist and (within is None or v in within):
                        dist[v] = d
                        nxt.append(v)
            if not nxt:
                break
            frontier = nxt
        return dist

    def distance(self, a: int, b: int, limit: int | None = None) -> int | None:
        """Hops on a shortest path from ``a`` to ``b`` (bidirectional breadth-first search), or None."""
        if a == b:
            return 0
        seen = ({a: 0}, {b: 0})
        fronts = ([a], [b])
        depth = [0, 0]
        while fronts[0] and fronts[1]:
            if limit is not None and depth[0] + depth[1] >= limit:
                return None
            side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
            mine, other = seen[side], seen[1 - side]
            depth[side] += 1
            nxt, best = [], None
            for u in fronts[side]:
                for v, _ in self.next(u):
                    if v in mine:
                        continue
                    mine[v] = depth[side]
                    nxt.append(v)
                    if v in other:
                        d = depth[side] + other[v]
                        best = d if best is None else min(best, d)
            if best is not None:
                return best if limit is None or best <= limit else None
            fronts = (nxt, fronts[1]) if side == 0 else (fronts[0], nxt)
        return None

    def graph(self, keep: set[int]) -> nx.Graph:
        """The undirected networkx graph on the node ids ``keep``; each edge lists its triples."""
        adj, bad_p = self.adj, self.bad_props
        nodes, props = adj.nodes, adj.props
        g = nx.Graph()
        g.add_nodes_from(sorted(keep))
        for u in sorted(keep):
            for j in range(adj.off[u], adj.off[u + 1]):
                v = adj.nbr[j]
                if v <= u or v not in keep or adj.prop[j] in bad_p:
                    continue
                s, o = (u, v) if adj.fwd[j] else (v, u)
                triple = (props[adj.prop[j]], nodes[s], nodes[o])
                if g.has_edge(u, v):
                    g[u][v]["props"].append(triple)
                else:
                    g.add_edge(u, v, props=[triple])
        return g


def shortest_paths(view: View, a: str, b: str, k: int = 1, max_hops: int | None = None, avoid_props=(),
                   avoid_classes=()) -> list[list[Step]]:
    """Up to ``k`` shortest simple paths from node ``a`` to node ``b``.

    Breadth-first search over the compact adjacency finds the length ``d`` of a shortest path; the
    nodes that can lie on a path of at most ``L`` hops are those whose distances from both ends add up to at
    most ``L`` (all within ``L/2`` hops of one end, so only those two half balls are walked), and networkx's
    ``shortest_simple_paths`` enumerates the paths in the subgraph they span (``L`` starts at ``d`` and
    grows until ``k`` paths are found, ``max_hops`` is reached or the subgraph is the whole component).
    So a path question costs what is near the two ends, not the whole graph.
    """
    if a == b:
        raise NoPath("the two names are the same node")
    walk = _Walk(view, avoid_props, avoid_classes, keep=(a, b))
    ids = walk.adj.ids
    ia, ib = ids[a], ids[b]
    d = walk.distance(ia, ib, max_hops)
    found: list[list[int]] = []
    if d is not None:
        sizes: list[int] = []
        length = d
        while True:
            # a node on a path of at most ``length`` hops is within half of it from one end; the distances
            # measured inside those two half balls are then the true ones for every such node
            half = (length + 1) // 2
            near = walk.ball(ia, half).keys() | walk.ball(ib, half).keys()
            da, db = walk.ball(ia, length, near), walk.ball(ib, length, near)
            keep = {v for v, x in da.items() if x + db.get(v, length + 1) <= length}
            # the two ends' distances to a neighbour of ``keep`` add up to at most 2 more: when two more
            # hops bring no new node, ``keep`` is the whole component and holds every path
            complete = len(sizes) >= 2 and sizes[-2] == len(keep)
            sizes.append(len(keep))
            g = walk.graph(keep)
            found = []
            for nodes in itertools.islice(nx.shortest_simple_paths(g, ia, ib), k):
                if len(nodes) - 1 > length and not complete:
                    break
                if max_hops is not None and len(nodes) - 1 > max_hops:
                    break
                found.append(nodes)
            if len(found) >= k or complete or (max_hops is not None and length >= max_hops):
                break
            length += 1
    if not found:
        raise NoPath(f"no path between {view.describe(a)} and {view.describe(b)}"
                     + (f" within {max_hops} hops" if max_hops else ""))
    out = []
    nodes_of = walk.adj.nodes
    for nodes in found:
        steps = []
        for u, v in zip(nodes, nodes[1:]):
            p, s, o = min(g[u][v]["props"])
            steps.append(Step(s, p, o, forward=(s == nodes_of[u])))
        out.append(steps)
    return out


def neighbors(view: View, node: str, depth: int = 1) -> list[tuple[int, str, str, str]]:
    """Nodes within ``depth`` hops: (distance, node, property, the node it was reached from)."""
    walk = _Walk(view)
    adj = walk.adj
    start = adj.ids[node]
    seen = {start}
    out = []
    frontier = [start]
    for d in range(1, depth + 1):
        nxt = []
        for u in frontier:
            for v, j in walk.next(u):
                if v in seen:
                    continue
                seen.add(v)
                out.append((d, adj.nodes[v], adj.props[adj.prop[j]], adj.nodes[u]))
                nxt.append(v)
        frontier = nxt
    return out


def centrality(view: View, measure: str = "degree", top: int = 10) -> list[tuple[str, float]]:
    """The ``top`` nodes by degree, betweenness or PageRank."""
    if measure == "degree":
        adj = view.adjacency()
        scores = {n: adj.degree(i) for i, n in enumerate(adj.nodes)}
    elif measure == "betweenness":
        walk = _Walk(view)
        g = walk.graph(set(range(len(walk.adj))))
        k = min(len(g), 500) if len(g) > 2000 else None
        scores = {walk.adj.nodes[i]: x for i, x in nx.betweenness_centrality(g, k=k, seed=1).items()}
    elif measure == "pagerank":
        scores = pagerank(nx.DiGraph(view.graph))
    else:
        raise KGError(f"unknown measure {measure!r}; use degree, betweenness or pagerank")
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def pagerank(g: nx.DiGraph, alpha: float = 0.85, iterations: int = 100, tol: float = 1e-10) -> dict:
    """PageRank by power iteration in plain Python (networkx's own needs SciPy)."""
    n = len(g)
    if n == 0:
        return {}
    rank = dict.fromkeys(g, 1.0 / n)
    out_deg = {u: g.out_degree(u) for u in g}
    for _ in range(iterations):
        dangling = alpha * sum(rank[u] for u in g if out_deg[u] == 0) / n
        new = dict.fromkeys(g, (1.0 - alpha) / n + dangling)
        for u, v in g.edges():
            new[v] += alpha * rank[u] / out_deg[u]
        if sum(abs(new[u] - rank[u]) for u in g) < tol:
            return new
        rank = new
    return rank
