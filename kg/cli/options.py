"""What the commands share: where the graph is (-d DIR, --endpoint), output formats, parameters, the
progress bar, and the one-line report of problems."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import EXIT_PROBLEMS
from .output import echo

DEFAULT_DATA = Path("data")
DEFAULT_OUT = Path("exports")


def store_dir_option(f):
    return click.option("-d", "--dir", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                        default=DEFAULT_OUT, show_default=True,
                        help="Folder with the store that kg build wrote.")(f)


def dir_option(f):
    """-d DIR and --endpoint URL: where a reading command finds the graph."""
    f = click.option("--endpoint", envvar="KG_ENDPOINT", metavar="URL",
                     help="Use this SPARQL 1.1 endpoint (query URL) instead of the local store "
                          "[env KG_ENDPOINT].")(f)
    return store_dir_option(f)


def push(graph, endpoint, quiet=False, out_dir=None):
    """Load the graph into the endpoint too (Graph Store Protocol, or SPARQL Update)."""
    if not endpoint:
        return
    from ..store.endpoint import EndpointBackend

    if graph is None:   # an incremental add or remove changed the store in place: hand over all of it
        from ..store.oxigraph import read_triples

        graph = read_triples(out_dir)
    EndpointBackend(endpoint).load(graph, getattr(graph, "support", None))
    if not quiet:
        echo(f"loaded into {endpoint}")


RESULT_FORMATS = {"table": "table", "text": "table", "json": "json", "srj": "json", "xml": "xml", "srx": "xml",
                  "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle", "ntriples": "ntriples",
                  "nt": "ntriples", "n-triples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld",
                  "rdfxml": "rdfxml", "rdf/xml": "rdfxml"}


def _results(ctx, param, value):
    if value is None:
        return None
    key = value.lower()
    if key not in RESULT_FORMATS:
        raise click.BadParameter(f"{value!r}: use one of {', '.join(sorted(RESULT_FORMATS))}")
    return RESULT_FORMATS[key]


def output_options(f):
    """--table (default), --csv, --tsv, --json, --xml and --results FORMAT (as Jena's arq): shared by the
    commands that print rows."""
    f = click.option("--width", type=click.IntRange(0), default=None,
                     help="Cut table cells at this many characters (0: never; default 60 on a terminal, "
                          "else never).")(f)
    f = click.option("--results", "results", callback=_results, metavar="FORMAT",
                     help="table, json, xml, csv or tsv (SPARQL 1.1 results formats); for CONSTRUCT and "
                          "DESCRIBE: turtle, ntriples, jsonld or rdfxml.")(f)
    f = click.option("--xml", "fmt", flag_value="xml", help="SPARQL Query Results XML.")(f)
    f = click.option("--json", "fmt", flag_value="json", help="SPARQL 1.1 Query Results JSON.")(f)
    f = click.option("--tsv", "fmt", flag_value="tsv", help="SPARQL 1.1 Query Results TSV (RDF terms).")(f)
    f = click.option("--csv", "fmt", flag_value="csv", help="SPARQL 1.1 Query Results CSV.")(f)
    f = click.option("--table", "fmt", flag_value="table", default=True, help="A readable table (default).")(f)
    return f


def parse_params(values) -> dict:
    out = {}
    for v in values:
        if "=" not in v:
            raise click.BadParameter(f"{v!r}: write NAME=VALUE", param_hint="--param")
        k, val = v.split("=", 1)
        out[k.strip()] = val.strip()
    return out


def jobs_of(jobs: int) -> int:
    return os.cpu_count() or 1 if jobs == 0 else max(1, jobs)


class progress_bar:
    """A progress bar on stderr for runs of more than a few hundred articles (not when quiet or piped)."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar = None

    def __enter__(self):
        def update(i, total):
            if self.quiet or total < 200 or not sys.stderr.isatty():
                return
            if self.bar is None:
                self.bar = click.progressbar(length=total, label="reading", file=sys.stderr)
                self.bar.__enter__()
            self.bar.update(1)
        return update

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def problems(rep) -> None:
    """One line per skipped input, article without facts, and note, on stderr."""
    for prefix, lines in (("skipped", rep.skipped), ("warning", rep.empty), ("note", rep.notes)):
        for line in lines:
            echo(f"{prefix}: {line}", err=True)


def change_report(rep, out_dir, quiet):
    problems(rep)
    if not quiet:
        bits = [f"{len(getattr(rep, k))} {k}" for k in ("added", "replaced", "unchanged", "removed")
                if getattr(rep, k)]
        echo(f"{', '.join(bits) or 'nothing changed'}; the graph now has {rep.articles} articles, "
                   f"{rep.triples} triples -> {out_dir}" if rep.articles or rep.removed else
                   f"{', '.join(bits) or 'nothing changed'}")
    if not rep.ok:
        sys.exit(EXIT_PROBLEMS)
