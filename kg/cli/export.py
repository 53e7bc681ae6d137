"""``kg export``, ``kg stats`` and ``kg serve``: the graph for other tools."""
from __future__ import annotations

from pathlib import Path

import click

from .app import cli
from .options import dir_option, store_dir_option
from .output import echo


def _format(ctx, param, value):
    from ..store.export import NAMES

    if value.lower() not in NAMES:
        raise click.BadParameter(f"{value!r}: use one of {', '.join(sorted(NAMES))}")
    return NAMES[value.lower()]


@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True, metavar="FORMAT", callback=_format,
              help="ttl/turtle, nt/ntriples, nq/nquads, trig, jsonld/json-ld, xml/rdfxml, graphml, "
                   "csv-events (one row per event, GDELT-like).")
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              default=None, help="The file to write, - for standard output (default: kg.EXT in the store's folder).")
@dir_option
def export(fmt, out_file, out_dir, endpoint):
    """Export the graph: Turtle, N-Triples, N-Quads and TriG (one named graph per article), JSON-LD, RDF/XML,
    GraphML; or its events as a CSV table with CAMEO and PLOVER codes, in GDELT's layout (events.csv).

    \b
    Example:
        kg export --format trig
        kg export --format nq -o kg.nq                # with the article graphs, for riot or oxigraph load
        kg export --format graphml -o kg.graphml     # for Gephi
        kg export --format csv-events                 # -> events.csv: date, actors (ISO alpha-3), CAMEO, PLOVER
        kg export -o - | gzip > kg.ttl.gz
    """
    from ..ask.graphml import export_graph

    path = export_graph(out_dir, fmt, out_file, endpoint)
    if str(path) != "-":
        echo(f"-> {path}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@dir_option
def stats(as_json, out_dir, endpoint):
    """Counts per class and property, articles and languages.

    \b
    Example:
        kg stats
    """
    from ..store.export import stats as count

    data = count(out_dir, endpoint)
    if as_json:
        import json

        echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    echo(f"{data['triples']} triples, {data['articles']} articles "
               f"({', '.join(f'{k}: {v}' for k, v in data['languages'].items())})")
    echo("classes:")
    for k, v in data["classes"].items():
        echo(f"  {v:6d}  {k}")
    echo("properties:")
    for k, v in data["properties"].items():
        echo(f"  {v:6d}  {k}")


@cli.command()
@click.option("-b", "--bind", default="127.0.0.1:7878", show_default=True,
              help="Host and port to listen on (another interface than loopback lets others query, see README).")
@click.option("--timeout", type=click.IntRange(1, 3600), default=30, show_default=True,
              help="Seconds a query may run.")
@store_dir_option
def serve(bind, timeout, out_dir):
    """Offer the graph read-only over the SPARQL 1.1 Protocol (Oxigraph's server on the store).

    Queries go to http://HOST:PORT/query (GET ?query=... or POST); YASGUI, SPARQLWrapper or any SPARQL
    client can use it. Stop it with Ctrl-C.

    \b
    Example:
        kg serve
        kg serve --bind 127.0.0.1:9000 -d /tmp/kg
    """
    from ..ask.serve import serve as run_server

    run_server(out_dir, bind, echo=echo, timeout=timeout)


@cli.group()
def link():
    """Link the graph's nodes to other datasets: owl:sameAs links kept beside the store (links/), merged
    into every later build.

    \b
    Example:
        kg link wikidata
    """


@link.command()
@click.option("--endpoint", "endpoint", default="https://query.wikidata.org/sparql", show_default=True,
              metavar="URL", help="A Wikidata-compatible SPARQL endpoint (query URL).")
@click.option("--timeout", type=click.IntRange(1, 600), default=60, show_default=True,
              help="Seconds to wait for each answer.")
@store_dir_option
def wikidata(endpoint, timeout, out_dir):
    """owl:sameAs Wikidata items: states by ISO 3166 code (P297), cities by GeoNames id (P1566), leaders by
    label and position held (P39), each only when exactly one item matches. Needs the endpoint: offline,
    it says so in one line and changes nothing.

    \b
    Example:
        kg link wikidata
        kg link wikidata --endpoint http://localhost:7878/query -d /tmp/kg
    """
    from ..ask.wikidata import link_wikidata

    rep = link_wikidata(out_dir, endpoint, timeout)
    parts = [f"{kind} {n}/{of}" for kind, (n, of) in rep.linked.items()]
    echo(f"{rep.links} links to Wikidata ({', '.join(parts)}) -> {out_dir / 'links' / 'wikidata.nt'}")
    if rep.ambiguous:
        echo(f"not linked, more than one item matched: {len(rep.ambiguous)} leader"
             f"{'s' if len(rep.ambiguous) > 1 else ''} ({', '.join(rep.ambiguous[:5])})")
