"""The compact projection and its cache: the path search over it agrees with networkx on the whole graph,
and a view read back from the cache answers as the view it was made from."""
import itertools
import random

import networkx as nx
import pytest
from rdflib import Literal, URIRef

from conftest import ROOT
from kg.ask import compact
from kg.ask.paths import NoPath, neighbors, shortest_paths
from kg.ask.project import load_view, project_triples

T = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
L = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
D = "https://w3id.org/dipkg/ontology#"
CLASSES = ["State", "City", "Leader", "Visit", "Agreement"]
PROPS = ["host", "guest", "party", "inState", "leaderOf"]


def random_view(seed: int, n: int = 40, m: int = 70):
    rnd = random.Random(seed)
    nodes = [URIRef(f"urn:x:n{i:02d}") for i in range(n)]
    triples = []
    for i, x in enumerate(nodes):
        triples.append((x, T, URIRef(D + rnd.choice(CLASSES))))
        triples.append((x, L, Literal(f"node {i}", lang="en")))
    for _ in range(m):
        a, b = rnd.sample(nodes, 2)
        triples.append((a, URIRef(D + rnd.choice(PROPS)), b))
    return project_triples(triples)


def nx_lengths(view, a, b, k, avoid_props=(), avoid_classes=()):
    """Brute force: k shortest simple path lengths on the whole undirected graph."""
    g = nx.Graph()
    bad = {n for n in view.info if n not in (a, b) and view.info[n].cls in avoid_classes}
    g.add_nodes_from(n for n in view.graph if n not in bad)
    g.add_edges_from((u, v) for u, v, p in view.graph.edges(keys=True)
                     if u not in bad and v not in bad and p not in avoid_props)
    try:
        return [len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(g, a, b), k)]
    except nx.NetworkXNoPath:
        return []


@pytest.mark.parametrize("seed", range(12))
def test_path_lengths_match_networkx_on_the_whole_graph(seed):
    view = random_view(seed)
    rnd = random.Random(seed)
    nodes = sorted(view.info)
    for _ in range(8):
        a, b = rnd.sample(nodes, 2)
        k = rnd.choice([1, 3, 6])
        avoid_p = rnd.choice([(), ("host",)])
        avoid_c = rnd.choice([(), ("State",)])
        want = nx_lengths(view, a, b, k, avoid_p, avoid_c)
        try:
            got = shortest_paths(view, a, b, k=k, avoid_props=avoid_p, avoid_classes=avoid_c)
        except NoPath:
            got = []
        assert [len(p) for p in got] == want, (seed, a, b, k, avoid_p, avoid_c)
        for path in got:   # each step is a real triple, and consecutive steps share a node
            for st in path:
                assert view.graph.has_edge(st.source, st.target, key=st.prop)
            ends = [(st.source, st.target) if st.forward else (st.target, st.source) for st in path]
            assert ends[0][0] == a and ends[-1][1] == b
            assert all(x[1] == y[0] for x, y in zip(ends, ends[1:]))


def test_max_hops_bounds_the_paths():
    view = random_view(3)
    nodes = sorted(view.info)
    for a, b in itertools.combinations(nodes[:12], 2):
        want = [n for n in nx_lengths(view, a, b, 5) if n <= 3]
        try:
            got = [len(p) for p in shortest_paths(view, a, b, k=5, max_hops=3)]
        except NoPath:
            got = []
        assert got == want


def test_cached_view_answers_like_the_view_it_was_made_from(tmp_path):
    view = random_view(5)
    path = tmp_path / compact.CACHE_NAME
    compact.save(view, path, tag=("store", 1))
    back = compact.load(path, ("store", 1))
    assert isinstance(back, compact.CompactView)
    assert sorted(back.nodes()) == sorted(view.graph.nodes)
    assert sorted(back.graph.edges(keys=True)) == sorted(view.graph.edges(keys=True))
    for n in view.info:
        assert back.info[n] == view.info[n]
        assert back.cls_of(n) == view.cls_of(n)
        assert neighbors(back, n, 2) == neighbors(view, n, 2)
    assert back.find("node 7") == view.find("node 7") == "urn:x:n07"
    some = set(sorted(view.info)[:9])
    assert sorted(back.subgraph(some).edges(keys=True)) == sorted(view.subgraph(some).edges(keys=True))
    a, b = "urn:x:n01", "urn:x:n30"
    try:
        want = shortest_paths(view, a, b, k=3)
    except NoPath:
        want = None
    try:
        got = shortest_paths(back, a, b, k=3)
    except NoPath:
        got = None
    assert got == want


def test_stale_or_damaged_cache_is_not_used(tmp_path):
    path = tmp_path / compact.CACHE_NAME
    compact.save(random_view(1), path, tag=("store", 1))
    assert compact.load(path, ("store", 2)) is None          # another store
    path.write_bytes(path.read_bytes()[:100])                # cut short
    assert compact.load(path, ("store", 1)) is None
    assert compact.load(tmp_path / "missing", ("store", 1)) is None


@pytest.fixture(scope="module")
def built_seeds_dir(tmp_path_factory):
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("kg")
    build([ROOT / "data"], out, html=False)
    return out


def test_kg_path_uses_the_cache_after_the_first_question(built_seeds_dir):
    first = load_view(built_seeds_dir)
    again = load_view(built_seeds_dir)
    assert isinstance(again, compact.CompactView)
    assert sorted(again.nodes()) == sorted(first.graph.nodes)
    assert again.find("Plovdiv") == first.find("Plovdiv")
