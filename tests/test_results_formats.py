"""kg query speaks the SPARQL 1.1 results formats as other tools read them (pyoxigraph's parsers here),
and its table and name look-ups take what it prints."""
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli

SELECT = "SELECT ?s ?l WHERE { ?s a dip:State ; rdfs:label ?l FILTER(lang(?l) = 'en') } ORDER BY ?s"


@pytest.fixture(scope="module")
def built(seeds_built):
    return seeds_built


def kg(built, *args, **kw):
    return CliRunner().invoke(cli, [*args, "-d", str(built)], **kw)


@pytest.mark.parametrize("flag,fmt", [("--json", ox.QueryResultsFormat.JSON), ("--xml", ox.QueryResultsFormat.XML),
                                      ("--tsv", ox.QueryResultsFormat.TSV)])    # CSV is lossy: no parser reads it
def test_select_results_parse_as_their_format(built, flag, fmt):
    r = kg(built, "query", SELECT, flag)
    assert r.exit_code == 0, r.output
    parsed = ox.parse_query_results(r.output.encode("utf-8"), format=fmt)
    assert [v.value for v in parsed.variables] == ["s", "l"]
    rows = [(sol["s"].value, sol["l"].value) for sol in parsed]
    assert ("https://w3id.org/dipkg/resource/state/KZ", "Kazakhstan") in rows


def test_tsv_has_variable_names_and_terms_csv_ends_lines_with_crlf(built):
    tsv = kg(built, "query", SELECT, "--tsv").output.splitlines()
    assert tsv[0] == "?s\t?l" and "<https://w3id.org/dipkg/resource/state/KZ>\t\"Kazakhstan\"@en" in tsv
    csv = kg(built, "query", SELECT, "--csv").stdout_bytes      # (.output makes every CRLF an LF)
    assert csv.startswith(b"s,l\r\n") and b"\n" not in csv.replace(b"\r\n", b"")


def test_ask_in_json_and_xml(built):
    assert kg(built, "query", "ASK { ?s a dip:State }", "--json").output.strip() == '{"head":{},"boolean":true}'
    assert "<boolean>true</boolean>" in kg(built, "query", "ASK { ?s a dip:State }", "--results", "xml").output
    assert kg(built, "query", "ASK { ?s a dip:Nothing }").output.strip() == "false"


@pytest.mark.parametrize("name,fmt", [("ntriples", ox.RdfFormat.N_TRIPLES), ("turtle", ox.RdfFormat.TURTLE),
                                      ("rdfxml", ox.RdfFormat.RDF_XML), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_construct_results_in_rdf_formats(built, name, fmt):
    r = kg(built, "query", "CONSTRUCT WHERE { ?s a dip:State }", "--results", name)
    assert r.exit_code == 0, r.output
    triples = list(ox.parse(r.output.encode("utf-8"), format=fmt))
    assert len(triples) > 3 and all(t.object.value.endswith("#State") for t in triples)


def test_a_format_that_does_not_fit_the_result_is_one_line(built):
    r = kg(built, "query", "CONSTRUCT WHERE { ?s a dip:State }", "--csv")
    assert r.exit_code != 0 and "is a graph" in r.output
    r = kg(built, "query", SELECT, "--results", "yaml")
    assert r.exit_code == 2 and "yaml" in r.output


def test_the_table_is_whole_when_piped_and_cut_when_asked(built):
    q = "SELECT ?e WHERE { ?x dip:evidence ?e } ORDER BY DESC(STRLEN(?e)) LIMIT 1"
    whole = kg(built, "query", q).output.splitlines()[2]
    assert len(whole) > 100 and "…" not in whole
    cut = kg(built, "query", q, "--width", "40").output.splitlines()[2]
    assert len(cut) == 40 and cut.endswith("…")


def test_what_the_table_prints_is_taken_back(built):
    line = next(ln for ln in kg(built, "query", SELECT).output.splitlines() if ln.startswith("Kazakhstan"))
    iri = line.split()[1]
    assert iri == "<https://w3id.org/dipkg/resource/state/KZ>"
    for name in (iri, iri[1:-1], "dipr:state/KZ", "KZ", "Казахстан"):
        r = kg(built, "neighbors", name)
        assert r.exit_code == 0 and r.output.startswith("Kazakhstan (State)"), (name, r.output)
        r = kg(built, "query", "leaders", "-p", f"state={name}", "--csv")
        assert r.exit_code == 0 and "tokayev" in r.output.lower(), (name, r.output)
    r = kg(built, "query", "SELECT * WHERE { ?s a dip:State ; rdfs:label ?l } LIMIT 1", "--csv")
    assert r.output.startswith("s,l")


def test_a_query_from_standard_input(built):
    r = kg(built, "query", "-f", "-", "--csv", input="SELECT ?s WHERE { ?s dip:isoCode \"KZ\" }")
    assert r.exit_code == 0 and "state/KZ" in r.output


@pytest.mark.parametrize("query,said", [
    ("SELEC ?x WHERE { ?x ?p ?o }", "line 1, column 1: a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE"),
    ("PREFIX ex: <http://example.org/>\nSELECT ?x WHERE { ?x foo:bar ?o }", "line 2, column 22: unknown prefix foo:"),
    ("visit", "no named query 'visit'; did you mean visits?"),
    ("SELECT ?x WHERE { ?x ?p ?o ", "syntax error at line 1, column 28: expected one of"),
])
def test_syntax_errors_read_like_a_person_wrote_them(built, query, said):
    r = kg(built, "query", query)
    assert r.exit_code != 0 and said in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1 and len(r.output) < 300
