"""kg query, path, neighbors, central, export and stats, as a user runs them on a built graph."""
import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import ROOT
from kg.cli import cli


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("kg")
    r = CliRunner().invoke(cli, ["build", str(ROOT / "data"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out


def kg(built, *args):
    return CliRunner().invoke(cli, [*args, "-d", str(built)])


def test_named_queries_listed_with_descriptions(built):
    r = kg(built, "query", "--list")
    assert r.exit_code == 0
    names = [line.split()[0] for line in r.output.splitlines()]
    assert {"agreements", "visits", "trade", "corridor", "awards", "sources", "leaders"} <= set(names)
    assert all(len(line.split(None, 1)) == 2 for line in r.output.splitlines())


def test_agreements_of_a_state_by_code_or_name(built):
    by_code = kg(built, "query", "agreements", "--param", "state=KG", "--csv")
    by_name = kg(built, "query", "agreements", "--param", "state=Kyrgyzstan", "--csv")
    assert by_code.exit_code == 0 and by_code.output == by_name.output
    rows = list(csv.DictReader(io.StringIO(by_code.output)))
    assert len({r["agreement"] for r in rows}) >= 10
    assert all(r["with"].endswith("/state/KZ") for r in rows if r["with"])


def test_table_shows_labels_beside_iris(built):
    r = kg(built, "query", "visits")
    assert r.exit_code == 0
    assert "Rumen Radev <https://w3id.org/dipkg/resource/person/rumen-radev>" in r.output and "Kazakhstan <https://w3id.org/dipkg/resource/state/KZ>" in r.output
    assert "(3 rows)" in r.output
    r = kg(built, "query", "visits", "--lang", "bg")
    assert "Казахстан <https://w3id.org/dipkg/resource/state/KZ>" in r.output


def test_trade_between_two_states_in_json(built):
    r = kg(built, "query", "trade", "-p", "a=Казахстан", "-p", "b=Bulgaria", "--json")
    data = json.loads(r.output)
    assert data["head"]["vars"][:3] == ["figure", "metric", "year"]
    got = {(b["metric"]["value"], b.get("year", {}).get("value"), b["amount"]["value"])
           for b in data["results"]["bindings"]}
    assert ("turnover", "2024", "375200000") in got and ("investment", "2023", "4200000") in got


def test_sources_and_corridor(built):
    r = kg(built, "query", "sources", "-p", "node=TITR", "--tsv")
    assert r.exit_code == 0 and "Trans-Caspian International Transport Corridor (TITR)" in r.output
    r = kg(built, "query", "corridor", "-p", "corridor=Baku–Tbilisi–Ceyhan pipeline")
    assert "Georgia <https://w3id.org/dipkg/resource/state/GE>" in r.output


def test_ad_hoc_select_ask_construct(built, tmp_path):
    r = kg(built, "query", "SELECT (COUNT(?s) AS ?n) WHERE { ?s a dip:Visit }", "--csv")
    assert r.output.splitlines() == ["n", "3"]
    assert kg(built, "query", "ASK { dipr:state\\/KZ a dip:State }").output.strip() == "true"
    r = kg(built, "query", "CONSTRUCT { ?s a dip:State } WHERE { ?s a dip:State }")
    g = Graph().parse(data=r.output, format="turtle")
    assert len(g) == 8
    q = tmp_path / "q.rq"
    q.write_text("# my question\nSELECT ?l WHERE { dipr:state\\/BG rdfs:label ?l FILTER(lang(?l) = 'bg') }")
    assert kg(built, "query", "-f", str(q), "--csv").output.splitlines() == ["l", "България"]


def test_bad_queries_are_one_line_exit_1(built):
    r = kg(built, "query", "SELECT ?x WHERE { ?x a }")
    assert r.exit_code == 1 and r.output.startswith("Error: syntax error at line 1, column")
    assert len(r.output.strip().splitlines()) == 1
    for update in ("INSERT DATA { dipr:x a dip:State }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL",
                   "DROP GRAPH <urn:x>", "LOAD <http://example.org/x>",
                   "PREFIX x: <urn:x#>\nINSERT { ?s a x:Y } WHERE { ?s a dip:State }"):
        r = kg(built, "query", update)
        assert r.exit_code == 1 and "update" in r.output, update
    r = kg(built, "query", "agreements")
    assert r.exit_code == 1 and "needs --param state=" in r.output
    r = kg(built, "query", "visits", "-p", "x=1")
    assert r.exit_code == 1 and "no parameter x" in r.output
    r = kg(built, "query", "agreements", "-p", "state=Atlantis")
    assert r.exit_code == 1 and "matches no node" in r.output


def test_query_without_store_is_one_line(tmp_path):
    r = CliRunner().invoke(cli, ["query", "visits", "-d", str(tmp_path)])
    assert r.exit_code == 2 and "run `kg build` first" in r.output


def test_path_between_names_in_any_language(built):
    r = kg(built, "path", "Plovdiv", "Турция")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Path 1 (") and "Plovdiv (City) -[sisterCity]-> Shymkent (City)" in r.output
    assert "—" in r.output and "“" in r.output        # each step shows its article and sentence
    r = kg(built, "path", "Токаев", "Erdogan", "--json")
    steps = json.loads(r.output)[0]["steps"]
    assert steps and all(s["direction"] in ("forward", "inverse") and s["property"] for s in steps)


def test_path_options(built):
    one = json.loads(kg(built, "path", "Radev", "Japarov", "-k", "3", "--json").output)
    assert len(one) == 3 and [p["hops"] for p in one] == sorted(p["hops"] for p in one)
    around = json.loads(kg(built, "path", "Radev", "Japarov", "--avoid-class", "State", "--json").output)
    labels = {s["object_label"] for s in around[0]["steps"]} | {s["subject_label"] for s in around[0]["steps"]}
    assert not labels & {"Kazakhstan", "Bulgaria", "Kyrgyzstan"}
    r = kg(built, "path", "Radev", "Japarov", "--max-hops", "1")
    assert r.exit_code == 1 and "no path" in r.output


def test_unknown_and_ambiguous_names_list_candidates(built):
    r = kg(built, "path", "Plovdv", "Sofia")
    assert r.exit_code == 1 and "did you mean" in r.output and "Plovdiv (City)" in r.output
    r = kg(built, "neighbors", "Kazakh")
    assert r.exit_code == 1 and "ambiguous" in r.output or "matches no node" in r.output


def test_neighbors_and_central(built):
    r = kg(built, "neighbors", "Shymkent", "--depth", "2")
    assert r.exit_code == 0 and "1: Plovdiv (City)  [sisterCity]" in r.output and "  2: " in r.output
    for measure in ("degree", "betweenness", "pagerank"):
        r = kg(built, "central", "--top", "3", "--by", measure)
        assert r.exit_code == 0 and len(r.output.splitlines()) == 3
        assert "Kazakhstan (State)" in r.output.splitlines()[0]


def test_exports_round_trip_and_are_deterministic(built, tmp_path):
    from kg.ask.validate import load_graph

    ttl = load_graph(built / "kg.ttl")
    for fmt, parse in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"), ("xml", "xml")):
        out = tmp_path / f"a.{fmt}"
        assert kg(built, "export", "--format", fmt, "-o", str(out)).exit_code == 0
        assert isomorphic(Graph().parse(out, format=parse), ttl), fmt
        again = tmp_path / f"b.{fmt}"
        kg(built, "export", "--format", fmt, "-o", str(again))
        if fmt != "jsonld":
            assert out.read_bytes() == again.read_bytes(), fmt
    trig = tmp_path / "kg.trig"
    assert kg(built, "export", "--format", "trig", "-o", str(trig)).exit_code == 0
    ds = Dataset()
    ds.parse(trig, format="trig")
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {f"https://w3id.org/dipkg/resource/article/{p.stem}" for p in (ROOT / "data").glob("*.txt")} <= graphs
    union = Graph()
    for g in ds.graphs():
        for t in g:
            union.add(t)
    assert isomorphic(union, ttl)       # every triple is in the graph of an article that supports it
    gml = tmp_path / "kg.graphml"
    assert kg(built, "export", "--format", "graphml", "-o", str(gml)).exit_code == 0
    import networkx as nx

    g = nx.read_graphml(gml)
    assert g.number_of_nodes() > 50 and all("label" in d and "cls" in d for _, d in g.nodes(data=True))


def test_stats(built):
    r = kg(built, "stats", "--json")
    data = json.loads(r.output)
    assert data["articles"] == 5 and data["languages"] == {"bg": 1, "en": 4}
    assert data["classes"]["dip:Visit"] == 3 and data["properties"]["dip:evidence"] > 50
    assert "classes:" in kg(built, "stats").output


def test_optional_parameters_narrow_a_listing(built):
    assert "(3 rows)" in kg(built, "query", "visits").output
    assert "(1 row)" in kg(built, "query", "visits", "-p", "state=KG").output
    r = kg(built, "query", "leaders", "-p", "state=Türkiye", "--csv")
    assert [row["leader"].rsplit("/", 1)[-1] for row in csv.DictReader(io.StringIO(r.output))] == ["recep-tayyip-erdogan"]
    assert "[--param state=…]" in kg(built, "query", "--list").output


def test_exact_names_are_looked_up_in_the_store_lenient_ones_in_the_projection(built):
    cache = built / "cache" / "projection.idx"
    cache.unlink(missing_ok=True)
    exact = kg(built, "query", "agreements", "--param", "state=Kyrgyzstan", "--csv").output
    assert not cache.exists()                   # ISO codes and exact labels need no projection
    assert kg(built, "query", "agreements", "--param", "state=Киргизия", "--csv").output == exact
    lenient = kg(built, "query", "agreements", "--param", "state=kyrgyzstan", "--csv")
    assert lenient.exit_code == 0 and lenient.output == exact
    assert cache.exists()                       # the lenient match came from the (now cached) projection
