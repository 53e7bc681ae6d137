"""Input as an attacker or a careless page would give it: query parameters that try to end their term,
SERVICE calls, terminal escapes in article text, output paths that are not plain files, metadata fields
that cannot be used, out-of-range numbers, a busy port. Each costs at most itself, in one line."""
import http.server
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import write_article
from kg.cli import cli
from kg.read.files import read_article

OXIGRAPH = str(Path(sys.executable).with_name("oxigraph"))


@pytest.fixture(scope="module")
def built(seeds_built):
    return seeds_built


def kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


# ---------------------------------------------------------------------------- SPARQL injection (7)
def test_a_parameter_cannot_end_its_iri_and_add_to_the_query(built):
    evil = "https://w3id.org/dipkg/resource/state/KZ> ?p ?o } UNION { ?node ?p ?sentence #"
    r = kg("query", "sources", "--param", f"node={evil}", "-d", built, "--csv")
    assert r.exit_code != 0
    assert "not a valid IRI" in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_a_parameter_may_be_a_full_or_a_compact_iri(built):
    full = kg("query", "leaders", "--param", "state=https://w3id.org/dipkg/resource/state/KZ", "-d", built, "--csv")
    compact = kg("query", "leaders", "--param", "state=dipr:state/KZ", "-d", built, "--csv")
    assert full.exit_code == 0 and compact.exit_code == 0, compact.output
    assert full.output == compact.output and "tokayev" in full.output.lower()


# ---------------------------------------------------------------------------- SERVICE (8)
class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    _Recorder.hits = []
    srv = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/sparql"
    srv.shutdown()


@pytest.mark.parametrize("form", ["SERVICE <{url}> {{ ?s ?p ?o }}", "service  <{url}>{{?s ?p ?o}}",
                                  "SERVICE SILENT <{url}> {{ ?s ?p ?o }}"])
def test_service_is_refused_without_allow_service(built, listener, form):
    q = "SELECT * WHERE { " + form.format(url=listener) + " }"
    r = kg("query", q, "-d", built)
    assert r.exit_code != 0 and "--allow-service" in r.output
    assert _Recorder.hits == []


def test_the_word_service_in_a_string_iri_or_name_is_no_call(built):
    q = ('SELECT ?service WHERE { BIND("SERVICE <http://x/> {}" AS ?service) '
         'OPTIONAL { ?s <http://example.org/SERVICE> ?o } } # SERVICE')
    r = kg("query", q, "-d", built, "--csv")
    assert r.exit_code == 0, r.output


def test_allow_service_lets_the_call_go(built, listener):
    q = "SELECT * WHERE { SERVICE SILENT <" + listener + "> { ?s ?p ?o } }"
    r = kg("query", q, "--allow-service", "-d", built, "--csv")
    assert r.exit_code == 0, r.output
    assert _Recorder.hits, "the federated request was not made"


def test_serve_sets_a_query_timeout_and_refuses_a_bad_bind(built):
    from kg.ask.serve import server_command

    cmd = server_command(built, "127.0.0.1:7878", 12)
    assert cmd[cmd.index("--timeout-s") + 1] == "12"
    r = kg("serve", "--bind", "nohost", "-d", built)
    assert r.exit_code != 0 and "HOST:PORT" in r.output


@pytest.mark.skipif(not Path(OXIGRAPH).exists(), reason="the oxigraph server is not installed")
def test_serve_on_a_busy_port_fails_before_announcing_itself(built):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        p = subprocess.run([sys.executable, "-m", "kg", "serve", "--bind", f"127.0.0.1:{port}", "-d", str(built)],
                           capture_output=True, text=True, timeout=60)
    assert p.returncode != 0
    assert "SPARQL endpoint" not in p.stdout
    assert f"cannot listen on 127.0.0.1:{port}" in p.stderr and len(p.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------------------- control characters (9)
EVIL = "\x1b]0;owned\x07\x1b[2J\u202e"


def test_control_characters_are_dropped_when_an_article_is_read(tmp_path):
    p = write_article(tmp_path, "a", f"President Sadyr Japarov{EVIL} arrived in Baku on a state visit to Azerbaijan.",
                      title=f"Visit{EVIL}", date="2025-03-04")
    a = read_article(p)
    assert not any(c in a.text + (a.title or "") for c in "\x1b\x07\u202e")
    assert "Sadyr Japarov arrived in Baku" in a.text
    assert any("control characters dropped from the text" in n for n in a.notes)
    assert any("dropped from its title" in n for n in a.notes)


def test_no_control_character_from_data_reaches_the_terminal(built):
    q = 'SELECT ?x WHERE { BIND("a\\u001b]0;owned\\u0007\\u001b[2Jb\\u202ec" AS ?x) }'
    for fmt in ([], ["--csv"], ["--tsv"], ["--json"]):
        r = kg("query", q, "-d", built, *fmt)
        assert r.exit_code == 0, r.output
        assert not any(c in r.output for c in "\x1b\x07\u202e"), fmt
        assert "\\u001b" in r.output
    r = kg("query", q, "-d", built, "--json")
    assert json.loads(r.output)["results"]["bindings"][0]["x"]["value"] == "a\x1b]0;owned\x07\x1b[2Jb\u202ec"


def test_a_built_graph_holds_no_control_characters(tmp_path):
    src = tmp_path / "in"
    write_article(src, "a", f"President Sadyr Japarov{EVIL} arrived in Baku on a state visit to Azerbaijan.",
                  date="2025-03-04")
    r = kg("build", src, "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0, r.output
    assert "control characters dropped" in r.output
    ttl = (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")
    assert "\\u001B" not in ttl.upper() and "\x1b" not in ttl and "\u202e" not in ttl
    r = kg("path", "Sadyr Japarov", "Baku", "-d", tmp_path / "out")
    assert "\x1b" not in r.output


# ---------------------------------------------------------------------------- output paths (10)
def test_export_through_a_symlink_writes_its_target(built, tmp_path):
    target = tmp_path / "real.ttl"
    target.write_text("old")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    r = kg("export", "-o", link, "-d", built)
    assert r.exit_code == 0, r.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").startswith("@prefix")


def test_export_to_a_fifo_writes_into_it(built, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = {}

    def read():
        with open(fifo, "rb") as f:
            got["data"] = f.read()

    t = threading.Thread(target=read, daemon=True)
    t.start()
    r = kg("export", "--format", "ntriples", "-o", fifo, "-d", built)
    t.join(30)
    assert r.exit_code == 0, r.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced by a file"
    assert got["data"].count(b"\n") > 100


def test_export_to_a_device_writes_into_it(built):
    """A terminal device of its own (a pty), so that a regression replaces nothing the machine needs."""
    master, slave = os.openpty()
    dev = os.ttyname(slave)
    got = bytearray()

    def drain():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            got.extend(chunk)

    t = threading.Thread(target=drain, daemon=True)
    t.start()
    try:
        r = kg("export", "--format", "ntriples", "-o", dev, "-d", built)
        assert r.exit_code == 0, r.output
        assert stat.S_ISCHR(os.stat(dev).st_mode), "the device was replaced by a file"
    finally:
        os.close(slave)
        t.join(10)
        os.close(master)
    assert got.count(b"\n") > 100


def test_export_to_standard_output(built):
    r = kg("export", "-o", "-", "-d", built)
    assert r.exit_code == 0
    assert r.output.startswith("@prefix") and "->" not in r.output.splitlines()[-1]


@pytest.mark.parametrize("kind", ["folder", "socket", "dangling link"])
def test_export_refuses_what_is_not_a_file(built, tmp_path, kind):
    p = tmp_path / "x"
    if kind == "folder":
        p.mkdir()
    elif kind == "socket":
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(p))
    else:
        p.symlink_to(tmp_path / "nowhere" / "x.ttl")
    before = os.lstat(p)
    r = kg("export", "-o", p, "-d", built)
    assert r.exit_code != 0 and "Traceback" not in r.output
    err = r.output.strip().splitlines()[-1]
    assert err.startswith("Error: ") and ("cannot write" in err or "is a directory" in err)
    assert os.lstat(p).st_mode == before.st_mode


# ---------------------------------------------------------------------------- fields and numbers (11)
def test_a_url_with_a_space_costs_nothing_but_its_encoding(tmp_path):
    src = tmp_path / "in"
    write_article(src, "a", "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan.",
                  date="2025-03-04", url="https://news.example.org/a visit/1")
    write_article(src, "b", "President Ilham Aliyev arrived in Bishkek on a state visit to Kyrgyzstan.",
                  date="2025-05-06")
    r = kg("build", src, "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0, r.output
    assert "had characters an IRI cannot hold; percent-encoded" in r.output
    ttl = (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")
    assert "<https://news.example.org/a%20visit/1>" in ttl and "ilham-aliyev" in ttl


@pytest.mark.parametrize("value,want", [("Sat, 19 Oct 2019 10:00:00 GMT", "2019-10-19"),
                                        ("10.12.2022, 07:00", "2022-12-10"),
                                        ("2021-03-04T08:00:00+02:00", "2021-03-04"),
                                        ("yesterday", None)])
def test_html_meta_dates_in_common_forms(tmp_path, value, want):
    p = tmp_path / "a.html"
    p.write_text(f'<html><head><meta name="date" content="{value}"></head><body><p>President Sadyr Japarov '
                 'arrived in Baku on a state visit to Azerbaijan.</p></body></html>', encoding="utf-8")
    a = read_article(p)
    assert (a.date.isoformat() if a.date else None) == want
    assert "Japarov" in a.text
    assert not any("is not a date" in n for n in a.notes)   # trafilatura reads the page's date or none


def test_an_unknown_language_code_is_detected_instead(tmp_path):
    p = write_article(tmp_path, "a", "Президент Садыр Жапаров прибыл в Баку с государственным визитом.",
                      language="xx")
    a = read_article(p)
    assert a.language == "ru"
    assert any("'xx' is not an ISO 639-1 code" in n for n in a.notes)
    assert read_article(write_article(tmp_path, "b", "Some text here.", language="en-GB")).language == "en"


@pytest.mark.parametrize("args", [["path", "A", "B", "-k", "-5"], ["path", "A", "B", "-k", "0"],
                                  ["central", "--top", "-3"], ["neighbors", "A", "--depth", "-1"],
                                  ["render", "--depth", "-1"], ["build", "-j", "-2"], ["serve", "--timeout", "0"]])
def test_numbers_out_of_range_are_usage_errors(built, args):
    r = kg(*args, "-d", built) if args[0] != "build" else kg(*args, "-o", built)
    assert r.exit_code == 2 and "is not in the range" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("body", ["President Sadyr Japarov ... arrived in Baku on a state visit to Azerbaijan.",
                                  "… … President Sadyr Japarov arrived in Baku … … on a state visit to Azerbaijan.",
                                  " ... \n... ...\nPresident Sadyr Japarov arrived in Baku on a state visit to Azerbaijan.",
                                  "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan. " + ". " * 3000,
                                  "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan.\n" + "?!" * 5000])
def test_runs_of_dots_and_stops_cost_nothing(tmp_path, body):
    src = tmp_path / "in"
    (src).mkdir()
    (src / "a.txt").write_text(body, encoding="utf-8")
    r = kg("build", src, "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0, r.output
    assert "sadyr-japarov" in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")
