import json
import textwrap
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "articles"
SHARED = ROOT.parent / "shared"

PREFIXES = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX dipr: <https://w3id.org/dipkg/resource/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="session")
def seeds_built(tmp_path_factory):
    """A folder with the seed articles built by kg build (store and kg.ttl, no page): read it, never change it."""
    from click.testing import CliRunner

    from kg.cli import cli

    out = tmp_path_factory.mktemp("seeds-built")
    r = CliRunner().invoke(cli, ["build", str(ROOT / "data"), "-o", str(out), "--no-html"])
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="session")
def gaz():
    from kg import reference

    return reference.load()


def write_article(folder: Path, name: str, text: str, **meta) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{name}.txt"
    p.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    if meta:
        (folder / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return p


def kg_select(out: Path, query: str) -> list[dict]:
    """A SELECT (or a named query) as ``kg query --json`` answers it on the store in ``out``: each solution
    as {variable: value}."""
    from click.testing import CliRunner

    from kg.cli import cli

    r = CliRunner().invoke(cli, ["query", query, "-d", str(out), "--json"])
    assert r.exit_code == 0, r.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(r.output)["results"]["bindings"]]


def kg_build_texts(folder: Path, texts: dict, date: str, ok=(0,)) -> Path:
    """``kg build`` of articles written from {name: (text, language)} into ``folder``/in (each dated
    ``date``; a language of None is left to detection); the output folder, ``folder``/out. ``ok``: the
    exit codes accepted (1: an article without facts)."""
    from click.testing import CliRunner

    from kg.cli import cli

    src, out = folder / "in", folder / "out"
    for name, (text, lang) in texts.items():
        write_article(src, name, text, date=date, **({"language": lang} if lang else {}))
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-html"])
    assert r.exit_code in ok, r.output
    return out


@pytest.fixture
def build_text(tmp_path):
    """Build a graph from one article text and return it."""
    from kg.pipeline import run

    def _build(text: str, **meta) -> Graph:
        meta.setdefault("date", "2025-05-20")
        p = write_article(tmp_path / "in", "article", text, **meta)
        return run([p]).graph

    return _build


@pytest.fixture(scope="session")
def test_articles_graph():
    from kg.pipeline import run

    return run([ARTICLES]).graph


@pytest.fixture(scope="session")
def more_articles_graph():
    """tests/articles-more: articles written after the extractor, to probe rules it was not tuned on."""
    from kg.pipeline import run

    return run([ARTICLES.parent / "articles-more"]).graph


@pytest.fixture(scope="session")
def seeds_graph():
    from kg.pipeline import run

    return run([ROOT / "data"]).graph


def rows(graph: Graph, query: str) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in r) for r in graph.query(PREFIXES + query)]
