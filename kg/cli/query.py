"""``kg query``: SPARQL and the named queries, as a table, CSV, TSV or JSON."""
from __future__ import annotations

import re

import click

from .app import cli
from .options import dir_option, output_options, parse_params
from .output import echo


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file_", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file (- for standard input).")
@click.option("-n", "--named", "named", help="Run a named query (see --list); also: kg query NAME.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A named query's parameter.")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("--allow-service", is_flag=True,
              help="Let the query call SERVICE (federation: this machine then sends requests to the addresses "
                   "the query names).")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]),
              help="Language of the labels in the table.")
@output_options
@dir_option
def query(sparql, file_, named, params, list_, allow_service, lang, fmt, results, width, out_dir, endpoint):
    """Ask the graph in SPARQL (read-only).

    The prefixes dip:, dipr:, rdf:, rdfs:, owl:, xsd:, prov: and dcterms: are declared for you.
    SELECT and ASK print a table (labels beside IRIs) or CSV/TSV/JSON; CONSTRUCT and DESCRIBE print Turtle.

    \b
    Example:
        kg query --list
        kg query agreements --param state=KZ
        kg query trade -p a=Kazakhstan -p b=Türkiye --csv
        kg query 'SELECT ?s ?l WHERE { ?s a dip:State ; rdfs:label ?l } LIMIT 5'
        kg query -f my-question.rq --json
        kg query visits --results tsv
        kg query 'CONSTRUCT WHERE { ?s a dip:State }' --results ntriples
        kg query -f - < my-question.rq
    """
    from ..ask import query as q
    from ..store.endpoint import open_backend

    catalogue = q.named_queries()
    if list_:
        width = max(len(n) for n in catalogue)
        for nq in catalogue.values():
            ps = " ".join(f"--param {p}=…" if not h.endswith("(optional)") else f"[--param {p}=…]"
                          for p, h in nq.params.items())
            echo(f"{nq.name.ljust(width)}  {nq.description}" + (f"  [{ps}]" if ps else ""))
        return
    if sparql and not named and sparql in catalogue:
        named, sparql = sparql, None
    elif sparql and not named and re.fullmatch(r"[\w-]+", sparql.strip()):    # one word: a named query meant
        named, sparql = sparql.strip(), None
    store = open_backend(out_dir, endpoint)
    if named:
        if named not in catalogue:
            import difflib

            close = difflib.get_close_matches(named, list(catalogue), n=3, cutoff=0.5)
            raise q.QueryError(f"no named query {named!r}" + (f"; did you mean {' or '.join(close)}?" if close else "")
                               + " (kg query --list shows them)")

        def view():
            from ..ask.project import load_view

            return load_view(out_dir, endpoint)

        text = q.bind_params(catalogue[named], parse_params(params), lambda v: q.find_node(store, v, view))
    elif file_ is not None:
        text = file_.read()
    elif sparql:
        text = sparql
    else:
        raise click.UsageError("give a query, -f FILE, or a named query (kg query --list)")
    result = q.run(store, text, allow_service)
    fmt = results or fmt
    if fmt != "table" or type(result).__name__ in ("QueryBoolean", "QueryTriples", "TriplesResult"):
        echo(q.serialize_result(result, fmt), nl=False)
        return
    names, rows = q.result_rows(result)
    echo(q.to_table(store, names, rows, lang, width if width is not None else 60 if _on_terminal() else 0))


def _on_terminal() -> bool:
    import sys

    return sys.stdout.isatty()
