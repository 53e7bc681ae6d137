"""``kg build``, ``kg add``, ``kg remove`` and ``kg validate``: making and checking the graph."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EXIT_PROBLEMS
from .app import cli
from .options import (DEFAULT_DATA, DEFAULT_OUT, change_report, dir_option, jobs_of, problems, progress_bar,
                      push)
from .output import echo


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for kg.ttl and the working store.")
@click.option("--no-store", is_flag=True, help="Write only the Turtle file, not the Oxigraph store.")
@click.option("--no-html", is_flag=True, help="Do not write the kg.html page.")
@click.option("-j", "--jobs", type=click.IntRange(0, 256), default=1, show_default=True,
              help="Read articles on this many processes (0: all cores).")
@click.option("--endpoint", envvar="KG_ENDPOINT", metavar="URL",
              help="Also load the graph into this SPARQL 1.1 server (its query URL) [env KG_ENDPOINT].")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def build(paths, out_dir, no_store, no_html, jobs, endpoint, quiet):
    """Read articles and build the knowledge graph: kg.ttl, the store, and the kg.html page.

    PATHS are files (.txt, .md, .html) and folders; the default is the bundled articles in data/.
    Each article's metadata comes from NAME.meta.json beside it (title, date, language, url, source).

    \b
    Example:
        kg build
        kg build data/ more-news/ -o /tmp/kg
    """
    from ..pipeline import build as run_build

    with progress_bar(quiet) as progress:
        report = run_build(list(paths) or [DEFAULT_DATA], out_dir, store=not no_store, html=not no_html,
                           jobs=jobs_of(jobs), progress=progress)
    problems(report)
    if not quiet:
        langs = sorted({a.language for a in report.articles})
        outs = [str(out_dir / "kg.ttl")] + ([] if no_store else [str(out_dir / "store")]) + (
            [] if no_html or not (out_dir / "kg.html").exists() else [str(out_dir / "kg.html")])
        echo(f"{len(report.articles)} articles ({', '.join(langs)}), {len(report.graph)} triples "
                   f"-> {', '.join(outs)}")
    push(report.graph, endpoint, quiet)
    if not report.ok:
        sys.exit(EXIT_PROBLEMS)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(0, 256), default=1, show_default=True,
              help="Processes (0: all cores).")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--no-export", is_flag=True,
              help="Update the store only; kg.ttl and kg.html are removed rather than left stale (kg export "
                   "writes Turtle again). Saves rewriting the whole Turtle file on every add.")
@click.option("--name", help="The file name of an article read from standard input (PATH -), e.g. news-1.html.")
@dir_option
def add(paths, jobs, quiet, no_export, name, out_dir, endpoint):
    """Add articles to the graph without reading the others again.

    People, places and events already in the graph are matched as in a full build; an article already
    in (same text) is left as it is, one whose text changed is replaced. Only the articles a change
    touches are joined again and only their named graphs in the store are rewritten.

    \b
    Example:
        kg add new-articles/
        kg add today.html -d /tmp/kg
        kg add --no-export feed/2026-11-22/
        curl -s https://example.org/news/1 | kg add - --name example-news-1.html
    """
    from ..pipeline import add as run_add

    paths = [_stdin_article(out_dir, name) if str(p) == "-" else p for p in paths]

    with progress_bar(quiet) as progress:
        rep = run_add(out_dir, list(paths), jobs=jobs_of(jobs), progress=progress, export=not no_export)
    if rep.added or rep.replaced:
        push(rep.graph, endpoint, quiet, out_dir)
    change_report(rep, out_dir, quiet)


def _stdin_article(out_dir: Path, name: str | None) -> Path:
    """Standard input kept as ``out_dir/cache/stdin/NAME`` (a stable path: the same name again replaces it)."""
    import re

    from ..read import SUFFIXES
    from ..util.files import atomic_write

    if not name or not re.fullmatch(r"[\w.-]+", name) or name.startswith("."):
        raise click.UsageError("an article on standard input (-) needs --name NAME (letters, digits, . - _)")
    if Path(name).suffix.lower() not in SUFFIXES:
        name += ".txt"
    path = Path(out_dir) / "cache" / "stdin" / name
    atomic_write(path, click.get_binary_stream("stdin").read())
    return path


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--no-export", is_flag=True, help="Update the store only (as for kg add).")
@dir_option
def remove(articles, quiet, no_export, out_dir, endpoint):
    """Take articles out: what only they support goes, what others also support stays.

    ARTICLES are article ids (the file name without its extension) or file names.

    \b
    Example:
        kg remove 001_cdd47a019749c4d5
        kg remove data/003_4eb0a787bcbd0812.txt
    """
    from ..pipeline import remove as run_remove

    rep = run_remove(out_dir, list(articles), export=not no_export)
    if rep.removed:
        push(rep.graph, endpoint, quiet, out_dir)
    change_report(rep, out_dir, quiet)


@cli.command()
@click.argument("graph", required=False, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
                default=DEFAULT_OUT / "kg.ttl")
def validate(graph):
    """Check a graph against the SHACL shapes in ontology/shapes.ttl.

    Exit status 0 when it conforms, 1 with violations (one line each), 2 on error.

    \b
    Example:
        kg validate
        kg validate /tmp/kg/kg.ttl
        curl -s https://example.org/graph.ttl | kg validate -
    """
    from ..ask.validate import load_graph, validate as run_validate

    ok, lines = run_validate(load_graph(graph))
    if ok:
        echo(f"{graph}: conforms")
        return
    for line in lines:
        echo(line)
    echo(f"{graph}: {len(lines)} violations", err=True)
    sys.exit(EXIT_PROBLEMS)
