"""Every command against a real SPARQL 1.1 server (Oxigraph's, on loopback), and kg serve."""
import json
from contextlib import contextmanager
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import ARTICLES, ROOT
from kg.cli import cli

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
pytestmark = pytest.mark.skipif(not Path(OXIGRAPH).exists(), reason="the oxigraph server is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("server did not come up")


@contextmanager
def oxigraph_server(location, mode: str = "serve"):
    """A real Oxigraph server (``serve`` or ``serve-read-only``) on a free loopback port: its query URL."""
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, mode, "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_up(url, proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-server")) as url:
        yield url


@pytest.fixture(scope="module")
def loaded(server, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    r = CliRunner().invoke(cli, ["build", str(ROOT / "data"), "-o", str(out), "--endpoint", server])
    assert r.exit_code == 0, r.output
    assert f"loaded into {server}" in r.output
    return out


def both(loaded, server, tmp_path, *args):
    """The same command on the local store and on the server (from an empty folder)."""
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    local = CliRunner().invoke(cli, [*args, "-d", str(loaded)])
    remote = CliRunner().invoke(cli, [*args, "-d", str(empty), "--endpoint", server])
    assert local.exit_code == 0, local.output
    assert remote.exit_code == 0, remote.output
    return local.output, remote.output


def test_queries_agree(loaded, server, tmp_path):
    for args in (["query", "visits", "--csv"], ["query", "agreements", "-p", "state=KZ", "--json"],
                 ["query", "trade", "-p", "a=KZ", "-p", "b=TR", "--tsv"], ["query", "leaders"],
                 ["query", "ASK { ?v a dip:Visit }"]):
        local, remote = both(loaded, server, tmp_path, *args)
        if "--json" in args:
            key = lambda d: sorted(json.dumps(b, sort_keys=True) for b in d["results"]["bindings"])  # noqa: E731
            assert key(json.loads(local)) == key(json.loads(remote))
        else:
            assert sorted(local.splitlines()) == sorted(remote.splitlines()), args
    local, remote = both(loaded, server, tmp_path, "query", "CONSTRUCT { ?s a dip:State } WHERE { ?s a dip:State }")
    assert isomorphic(Graph().parse(data=local, format="turtle"), Graph().parse(data=remote, format="turtle"))


def test_paths_neighbors_central_agree(loaded, server, tmp_path):
    for args in (["path", "Plovdiv", "Türkiye", "--json"], ["neighbors", "TITR", "--depth", "2"],
                 ["central", "--top", "5"]):
        local, remote = both(loaded, server, tmp_path, *args)
        assert local == remote, args


def test_render_export_stats_from_the_server(loaded, server, tmp_path):
    empty = tmp_path / "e"
    empty.mkdir()
    r = CliRunner().invoke(cli, ["render", "-d", str(empty), "--endpoint", server, "-o", str(tmp_path / "p.html")])
    assert r.exit_code == 0 and (tmp_path / "p.html").stat().st_size > 100_000
    out = tmp_path / "g.ttl"
    r = CliRunner().invoke(cli, ["export", "-d", str(empty), "--endpoint", server, "-o", str(out)])
    assert r.exit_code == 0
    assert isomorphic(Graph().parse(out), Graph().parse(loaded / "kg.ttl"))
    trig = tmp_path / "g.trig"
    CliRunner().invoke(cli, ["export", "--format", "trig", "-d", str(empty), "--endpoint", server, "-o", str(trig)])
    ds = Dataset()
    ds.parse(trig, format="trig")
    assert len([g for g in ds.graphs() if len(g) and "article/" in str(g.identifier)]) == 5
    local, remote = both(loaded, server, tmp_path, "stats", "--json")
    assert json.loads(local) == json.loads(remote)


def test_add_updates_the_server(loaded, server, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(loaded, work)
    r = CliRunner().invoke(cli, ["add", str(ARTICLES / "ru_mn.txt"), "-d", str(work), "--endpoint", server])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?v a dip:Visit }", "--csv",
                                 "-d", str(tmp_path), "--endpoint", server])
    assert r.output.splitlines() == ["n", "4"]
    CliRunner().invoke(cli, ["remove", "ru_mn", "-d", str(work), "--endpoint", server])
    r = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?v a dip:Visit }", "--csv",
                                 "-d", str(tmp_path), "--endpoint", server])
    assert r.output.splitlines() == ["n", "3"]


def test_unreachable_endpoint_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/query"
    r = CliRunner().invoke(cli, ["query", "visits", "-d", str(tmp_path), "--endpoint", url])
    assert r.exit_code == 2 and r.output.startswith("Error: cannot reach the SPARQL endpoint")


def test_server_syntax_error_is_one_line(loaded, server, tmp_path):
    r = CliRunner().invoke(cli, ["query", "SELECT ?x WHERE { ?x a }", "-d", str(tmp_path), "--endpoint", server])
    assert r.exit_code == 1 and len(r.output.strip().splitlines()) == 1 and "Error:" in r.output


def test_kg_serve_is_a_read_only_sparql_endpoint(loaded, tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--bind", f"127.0.0.1:{port}", "-d", str(loaded)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_up(url, proc)
        q = "SELECT (COUNT(?v) AS ?n) WHERE { ?v a <https://w3id.org/dipkg/ontology#Visit> }"
        req = urllib.request.Request(url + "?query=" + urllib.parse.quote(q),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            data = json.load(resp)
        assert data["results"]["bindings"][0]["n"]["value"] == "3"
        upd = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"CLEAR ALL",
                                     headers={"Content-Type": "application/sparql-update"}, method="POST")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(upd, timeout=10)
    finally:
        proc.terminate()
        proc.wait(10)


def _count(url: str, q: str):
    req = urllib.request.Request(url + "?query=" + urllib.parse.quote(q),
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])
    except OSError:
        return None      # between two generations the server restarts


def test_kg_serve_follows_add_remove_and_build(tmp_path, monkeypatch):
    """The server answers from the current graph after each writer, and no writer changes the store it
    has open: an add while serving writes a new store generation (a new folder) instead of updating in place."""
    import kg.pipeline.changing
    from conftest import write_article

    monkeypatch.setattr(kg.pipeline.changing, "WHOLE_ABOVE", 1.0)   # update the store, not a whole new one
    src = tmp_path / "in"
    write_article(src, "one", "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan.")
    write_article(src, "two", "Prime Minister Narendra Modi arrived in Colombo on an official visit to Sri Lanka.")
    out = tmp_path / "kg"
    assert CliRunner().invoke(cli, ["build", str(src / "one.txt"), "-o", str(out)]).exit_code == 0
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--bind", f"127.0.0.1:{port}", "-d", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    url = f"http://127.0.0.1:{port}/query"
    q = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/dipkg/ontology#Article> }"

    def becomes(n):
        deadline = time.time() + 30
        while time.time() < deadline:
            if _count(url, q) == n:
                return True
            time.sleep(0.2)
        return False

    try:
        wait_up(url, proc)
        assert _count(url, q) == 1
        inode = (out / "store").stat().st_ino
        r = CliRunner().invoke(cli, ["add", str(src / "two.txt"), "-d", str(out)])
        assert r.exit_code == 0, r.output
        assert (out / "store").stat().st_ino != inode, "the served store was updated in place"
        assert becomes(2)
        assert CliRunner().invoke(cli, ["remove", "one", "-d", str(out)]).exit_code == 0
        assert becomes(1)
        assert CliRunner().invoke(cli, ["build", str(src), "-o", str(out)]).exit_code == 0
        assert becomes(2)
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(10)
    assert "the graph changed" in proc.stdout.read()
    assert not (out / ".kg.serve").exists()
