"""``kg link wikidata`` against a real local Oxigraph server loaded with a small fixture in Wikidata's shape
(items with wdt:P297, wdt:P1566, wdt:P39, wdt:P27 and labels in en/ru/bg; the Q-numbers are made up here):
a link only where exactly one item matches, kept across a new build, replaced by a new run, and one line
with nothing changed when the endpoint cannot be reached."""
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import write_article
from kg.cli import cli
from test_endpoint import OXIGRAPH, free_port, oxigraph_server

pytestmark = pytest.mark.skipif(not Path(OXIGRAPH).exists(), reason="the oxigraph server is not installed")

FIXTURE = """
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

wd:Q9000001 wdt:P297 "CL" ; rdfs:label "Chile"@en , "Чили"@ru , "Чили"@bg .
wd:Q9000002 wdt:P297 "GR" ; rdfs:label "Greece"@en , "Греция"@ru , "Гърция"@bg .
wd:Q9000003 wdt:P297 "CY" ; rdfs:label "Cyprus"@en .
wd:Q9000010 wdt:P1566 "264371" ; rdfs:label "Athens"@en , "Афины"@ru , "Атина"@bg .
wd:Q9000020 rdfs:label "Gabriel Boric"@en , "Габриэль Борич"@ru ; wdt:P39 wd:Q9000090 ; wdt:P27 wd:Q9000001 .
wd:Q9000021 rdfs:label "Gabriel Boric"@en .                                    # a namesake who held no office
wd:Q9000030 rdfs:label "Konstantinos Tasoulas"@en ; wdt:P39 wd:Q9000091 ; wdt:P27 wd:Q9000002 .
wd:Q9000031 rdfs:label "Konstantinos Tasoulas"@en ; wdt:P39 wd:Q9000092 ; wdt:P27 wd:Q9000003 .
wd:Q9000040 rdfs:label "Kyriakos Mitsotakis"@en ; wdt:P39 wd:Q9000093 .
wd:Q9000041 rdfs:label "Kyriakos Mitsotakis"@en ; wdt:P39 wd:Q9000094 .    # two office holders, no citizenship
"""

ARTICLE = ("President of Chile Gabriel Boric arrived in Athens on Monday for an official visit to Greece at the invitation of President Konstantinos Tasoulas. "
           "Gabriel Boric also held talks with Greek Prime Minister Kyriakos Mitsotakis in Athens.")


@pytest.fixture(scope="module")
def wikidata(tmp_path_factory):
    loc = tmp_path_factory.mktemp("wikidata-like")
    fixture = loc.parent / "fixture.ttl"
    fixture.write_text(FIXTURE, encoding="utf-8")
    subprocess.run([OXIGRAPH, "load", "--location", str(loc), "--file", str(fixture)], check=True,
                   capture_output=True)
    with oxigraph_server(loc, "serve-read-only") as url:
        yield url


@pytest.fixture
def built(tmp_path):
    src = tmp_path / "in"
    write_article(src, "visit", ARTICLE, title="Boric in Athens", date="2025-10-06")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-html"])
    assert r.exit_code == 0, r.output
    return src, out


def same_as(out) -> dict:
    q = ("SELECT ?n ?o WHERE { ?n owl:sameAs ?o FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }")
    r = CliRunner().invoke(cli, ["query", q, "-d", str(out), "--csv"])
    assert r.exit_code == 0, r.output
    rows = [line.split(",") for line in r.output.splitlines()[1:] if line]
    return {n.rsplit("/", 1)[1]: o.rsplit("/", 1)[1] for n, o in rows}


def link(out, url):
    return CliRunner().invoke(cli, ["link", "wikidata", "--endpoint", url, "-d", str(out)])


def test_links_where_exactly_one_item_matches(built, wikidata):
    _, out = built
    r = link(out, wikidata)
    assert r.exit_code == 0, r.output
    assert same_as(out) == {"CL": "Q9000001", "GR": "Q9000002", "gr-athens-264371": "Q9000010",
                            "gabriel-boric": "Q9000020",           # the namesake holds no position
                            "konstantinos-tasoulas": "Q9000030"}   # of two office holders, the Greek one
    assert "kyriakos-mitsotakis" in r.output and "not linked" in r.output     # two, and nothing to choose by
    kept = (out / "links" / "wikidata.nt").read_text(encoding="utf-8")
    assert "<http://rdfs.org/ns/void#Linkset>" in kept and wikidata in kept
    assert "http://purl.org/dc/terms/created" in kept and "XMLSchema#dateTime" in kept
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    assert "wikidata.org/entity/Q9000020" in ttl
    v = CliRunner().invoke(cli, ["validate", str(out / "kg.ttl")])
    assert v.exit_code == 0, v.output


def test_links_stay_through_a_new_build_and_a_second_run_replaces_them(built, wikidata):
    src, out = built
    assert link(out, wikidata).exit_code == 0
    first = same_as(out)
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-html"])
    assert r.exit_code == 0, r.output
    assert same_as(out) == first and "Q9000020" in (out / "kg.ttl").read_text(encoding="utf-8")
    assert link(out, wikidata).exit_code == 0
    assert same_as(out) == first
    r = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://rdfs.org/ns/void#Linkset> ; "
                                          "<http://purl.org/dc/terms/created> ?t }", "-d", str(out), "--csv"])
    assert r.output.splitlines()[1] == "1"      # one description, of the last run


def test_without_the_endpoint_one_line_and_nothing_changed(built):
    _, out = built
    before = (out / "kg.ttl").read_bytes()
    r = subprocess.run([sys.executable, "-m", "kg", "link", "wikidata", "--endpoint",
                        f"http://127.0.0.1:{free_port()}/query", "-d", str(out)], capture_output=True, text=True)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "needs the SPARQL endpoint" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert not (out / "links").exists() and (out / "kg.ttl").read_bytes() == before
