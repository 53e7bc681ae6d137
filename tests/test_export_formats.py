"""Every export format: the same bytes for the same graph whatever the hash seed (two processes), and the
same graph as the Turtle export when read back (rdflib.compare)."""
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import ROOT
from kg.cli import cli

FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "xml": "xml"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("kg")
    r = CliRunner().invoke(cli, ["build", str(ROOT / "data"), "-o", str(out), "--no-html"])
    assert r.exit_code == 0, r.output
    return out


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
