"""Every export format: the same bytes for the same graph whatever the hash seed (two processes), and the
same graph as the Turtle export when read back (rdflib.compare)."""
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import cli

FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "jsonld": "json-ld", "trig": "trig", "xml": "xml"}


@pytest.fixture(scope="module")
def built(seeds_built):
    return seeds_built


def export_in_process(built, fmt, seed, target):
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    p = subprocess.run([sys.executable, "-m", "kg", "export", "--format", fmt, "-d", str(built), "-o", str(target)],
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return target.read_bytes()


@pytest.mark.parametrize("fmt", [*FORMATS, "graphml"])
def test_same_bytes_whatever_the_hash_seed(built, tmp_path, fmt):
    a = export_in_process(built, fmt, 1, tmp_path / "a")
    b = export_in_process(built, fmt, 4242, tmp_path / "b")
    assert a == b and len(a) > 1000


@pytest.mark.parametrize("fmt", ["ntriples", "jsonld", "xml"])
def test_each_format_reads_back_as_the_same_graph(built, tmp_path, fmt):
    ref = Graph().parse(built / "kg.ttl", format="turtle")
    out = tmp_path / f"kg.{fmt}"
    assert CliRunner().invoke(cli, ["export", "--format", fmt, "-d", str(built), "-o", str(out)]).exit_code == 0
    got = Graph().parse(out, format=FORMATS[fmt])
    assert len(got) == len(ref) and isomorphic(got, ref)


def test_jsonld_is_compacted_with_the_project_prefixes(built, tmp_path):
    import json

    out = tmp_path / "kg.jsonld"
    CliRunner().invoke(cli, ["export", "--format", "jsonld", "-d", str(built), "-o", str(out)])
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"]["dip"] == "https://w3id.org/dipkg/ontology#"
    ids = [n["@id"] for n in doc["@graph"]]
    assert ids == sorted(ids, key=lambda i: (i.startswith("_:"), i)) and "dipr:state/KZ" in ids
    kz = next(n for n in doc["@graph"] if n["@id"] == "dipr:state/KZ")
    assert "dip:State" in kz["@type"] and {"@value": "Казахстан", "@language": "ru"} in kz["rdfs:label"]


def test_nquads_hold_the_default_graph_and_every_article_graph(built, tmp_path):
    import pyoxigraph as ox

    out = tmp_path / "kg.nq"
    assert CliRunner().invoke(cli, ["export", "--format", "nq", "-d", str(built), "-o", str(out)]).exit_code == 0
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    store = ox.Store.read_only(str(built / "store"))
    assert len(quads) == len(store)
    graphs = {q.graph_name for q in quads}
    assert ox.DefaultGraph() in graphs and len(graphs) == 1 + 5     # the merged graph and the five seed articles


@pytest.mark.parametrize("alias,fmt", [("ttl", "turtle"), ("nt", "ntriples"), ("n-triples", "ntriples"),
                                       ("json-ld", "jsonld"), ("rdfxml", "xml"), ("nq", "nquads")])
def test_format_names_as_the_ecosystem_writes_them(built, tmp_path, alias, fmt):
    a, b = tmp_path / "a", tmp_path / "b"
    assert CliRunner().invoke(cli, ["export", "--format", alias, "-d", str(built), "-o", str(a)]).exit_code == 0
    assert CliRunner().invoke(cli, ["export", "--format", fmt, "-d", str(built), "-o", str(b)]).exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_states_and_cities_are_the_same_as_their_geonames_features(built):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built / "store"))
    same = {s["x"].value: s["g"].value for s in store.query(
        "SELECT ?x ?g WHERE { ?x <http://www.w3.org/2002/07/owl#sameAs> ?g }")}
    assert same["https://w3id.org/dipkg/resource/state/KZ"] == "https://sws.geonames.org/1522867/"
    cities = {s["c"].value: s["id"].value for s in store.query(
        "SELECT ?c ?id WHERE { ?c a <https://w3id.org/dipkg/ontology#City> ; "
        "<https://w3id.org/dipkg/ontology#geonamesId> ?id }")}
    assert cities and all(same[c] == f"https://sws.geonames.org/{i}/" for c, i in cities.items())
    states = [s["s"].value for s in store.query("SELECT ?s WHERE { ?s a <https://w3id.org/dipkg/ontology#State> }")]
    assert all(s in same for s in states)
