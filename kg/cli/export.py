"""``kg export``, ``kg stats`` and ``kg serve``: the graph for other tools."""
from __future__ import annotations

from pathlib import Path

import click

from .app import cli
from .options import dir_option, store_dir_option


@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "ntriples", "jsonld", "trig", "xml", "graphml"]))
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The file to write (default: kg.EXT in the store's folder).")
@dir_option
def export(fmt, out_file, out_dir, endpoint):
    """Export the graph: Turtle, N-Triples, JSON-LD, TriG (one named graph per article), RDF/XML, GraphML.

    \b
    Example:
        kg export --format trig
        kg export --format graphml -o kg.graphml     # for Gephi
    """
    from ..ask.graphml import export_graph

    path = export_graph(out_dir, fmt, out_file, endpoint)
    click.echo(f"-> {path}")


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

        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    click.echo(f"{data['triples']} triples, {data['articles']} articles "
               f"({', '.join(f'{k}: {v}' for k, v in data['languages'].items())})")
    click.echo("classes:")
    for k, v in data["classes"].items():
        click.echo(f"  {v:6d}  {k}")
    click.echo("properties:")
    for k, v in data["properties"].items():
        click.echo(f"  {v:6d}  {k}")


@cli.command()
@click.option("-b", "--bind", default="127.0.0.1:7878", show_default=True, help="Host and port to listen on.")
@store_dir_option
def serve(bind, out_dir):
    """Offer the graph read-only over the SPARQL 1.1 Protocol (Oxigraph's server on the store).

    Queries go to http://HOST:PORT/query (GET ?query=... or POST); YASGUI, SPARQLWrapper or any SPARQL
    client can use it. Stop it with Ctrl-C.

    \b
    Example:
        kg serve
        kg serve --bind 127.0.0.1:9000 -d /tmp/kg
    """
    from ..ask.serve import serve as run_server

    run_server(out_dir, bind, echo=click.echo)
