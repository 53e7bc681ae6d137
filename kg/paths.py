"""Path questions on the projected graph: how two things are connected, what is around a thing, and
which things are central.

Paths are searched on the undirected graph (a visit links its guest and its host whichever way the
triples point) and printed with the direction of each triple. ``k`` shortest simple paths are bounded
by ``max_hops``; parallel edges that repeat the same node path are folded into one step.

>>> from kg.project import project_triples
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

from .errors import KGError
from .project import View


class NoPath(KGError):
    exit_code = 1


@dataclass
class Step:
    source: str          # subject of the triple
    prop: str
    target: str          # object of the triple
    forward: bool        # True when the path walks from subject to object


def _undirected(view: View, avoid_props=(), avoid_classes=(), keep=()) -> nx.Graph:
    g = nx.Graph()
    avoid_classes = {c.lower() for c in avoid_classes}
    avoid_props = {p.lower() for p in avoid_props}
    skip = {n for n, inf in view.info.items()
            if n not in keep and (inf.cls.lower() in avoid_classes or any(t.lower() in avoid_classes for t in inf.types))}
    g.add_nodes_from(n for n in view.graph.nodes if n not in skip)
    for u, v, p in view.graph.edges(keys=True):
        if u in skip or v in skip or p.lower() in avoid_props:
            continue
        if g.has_edge(u, v):
            g[u][v]["props"].append((p, u, v))
        else:
            g.add_edge(u, v, props=[(p, u, v)])
    return g


def _plain(view: View) -> nx.Graph:
    """The undirected graph without exclusions, built once per view."""
    g = getattr(view, "_undirected", None)
    if g is None:
        g = view._undirected = _undirected(view)
    return g


def shortest_paths(view: View, a: str, b: str, k: int = 1, max_hops: int | None = None, avoid_props=(),
                   avoid_classes=()) -> list[list[Step]]:
    """Up to ``k`` shortest simple paths from node ``a`` to node ``b``."""
    g = _undirected(view, avoid_props, avoid_classes, keep=(a, b)) if (avoid_props or avoid_classes) \
        else _plain(view)
    if a == b:
        raise NoPath("the two names are the same node")
    out = []
    try:
        gen = nx.shortest_simple_paths(g, a, b)
        for nodes in itertools.islice(gen, k):
            if max_hops is not None and len(nodes) - 1 > max_hops:
                break
            steps = []
            for u, v in zip(nodes, nodes[1:]):
                p, s, o = sorted(g[u][v]["props"])[0]
                steps.append(Step(s, p, o, forward=(s == u)))
            out.append(steps)
    except nx.NetworkXNoPath:
        pass
    if not out:
        raise NoPath(f"no path between {view.describe(a)} and {view.describe(b)}"
                     + (f" within {max_hops} hops" if max_hops else ""))
    return out


def neighbors(view: View, node: str, depth: int = 1) -> list[tuple[int, str, str, str]]:
    """Nodes within ``depth`` hops: (distance, node, property, the node it was reached from)."""
    g = _plain(view)
    seen = {node: 0}
    out = []
    frontier = [node]
    for d in range(1, depth + 1):
        nxt = []
        for u in frontier:
            for v in sorted(g[u]):
                if v in seen:
                    continue
                seen[v] = d
                p = sorted(g[u][v]["props"])[0][0]
                out.append((d, v, p, u))
                nxt.append(v)
        frontier = nxt
    return out


def centrality(view: View, measure: str = "degree", top: int = 10) -> list[tuple[str, float]]:
    """The ``top`` nodes by degree, betweenness or PageRank."""
    g = _plain(view)
    if measure == "degree":
        scores = dict(g.degree())
    elif measure == "betweenness":
        k = min(len(g), 500) if len(g) > 2000 else None
        scores = nx.betweenness_centrality(g, k=k, seed=1)
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
