"""The ``kg`` command: a thin layer over the library. Each command parses its options, calls one
function of :mod:`kg`, and turns a :class:`~kg.errors.KGError` into a one-line message.

Exit codes: 0 ok; 1 problems to look at (articles skipped or without facts, SHACL violations, a bad
query); 2 an error that stopped the command.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_ERROR, EXIT_PROBLEMS, KGError

DEFAULT_DATA = Path("data")
DEFAULT_OUT = Path("exports")


class KGCommand(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing half-written was kept.", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=KGCommand)
@click.version_option(__version__, prog_name="kg")
def cli():
    """dipkg: diplomacy news in, knowledge graph out.

    \b
    Example:
        kg build                 # read data/, write exports/kg.ttl and the store
        kg validate              # check exports/kg.ttl against the SHACL shapes
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for kg.ttl and the working store.")
@click.option("--no-store", is_flag=True, help="Write only the Turtle file, not the Oxigraph store.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def build(paths, out_dir, no_store, quiet):
    """Read articles and build the knowledge graph.

    PATHS are files (.txt, .md, .html) and folders; the default is the bundled articles in data/.
    Each article's metadata comes from NAME.meta.json beside it (title, date, language, url, source).

    \b
    Example:
        kg build
        kg build data/ more-news/ -o /tmp/kg
    """
    from .pipeline import build as run_build

    report = run_build(list(paths) or [DEFAULT_DATA], out_dir, store=not no_store)
    for line in report.skipped:
        click.echo(f"skipped: {line}", err=True)
    for line in report.empty:
        click.echo(f"warning: {line}", err=True)
    for line in report.notes:
        click.echo(f"note: {line}", err=True)
    if not quiet:
        langs = sorted({a.language for a in report.articles})
        click.echo(f"{len(report.articles)} articles ({', '.join(langs)}), {len(report.graph)} triples "
                   f"-> {out_dir / 'kg.ttl'}" + ("" if no_store else f" and {out_dir / 'store'}"))
    if not report.ok:
        sys.exit(EXIT_PROBLEMS)


@cli.command()
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path),
                default=DEFAULT_OUT / "kg.ttl")
def validate(graph):
    """Check a graph against the SHACL shapes in ontology/shapes.ttl.

    Exit status 0 when it conforms, 1 with violations (one line each), 2 on error.

    \b
    Example:
        kg validate
        kg validate /tmp/kg/kg.ttl
    """
    from .validate import load_graph, validate as run_validate

    ok, lines = run_validate(load_graph(graph))
    if ok:
        click.echo(f"{graph}: conforms")
        return
    for line in lines:
        click.echo(line)
    click.echo(f"{graph}: {len(lines)} violations", err=True)
    sys.exit(EXIT_PROBLEMS)


def main():  # console-script entry point
    cli()


if __name__ == "__main__":
    main()
