"""The ``kg`` command: a thin layer over the library. Each command parses its options, calls one
function of :mod:`kg`, and turns a :class:`~kg.errors.KGError` into a one-line message.

Exit codes: 0 ok; 1 problems to look at (articles skipped or without facts, SHACL violations, a bad
query); 2 an error that stopped the command.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_ERROR, EXIT_PROBLEMS, KGError

DEFAULT_DATA = Path("data")
DEFAULT_OUT = Path("exports")


def _store_dir_option(f):
    return click.option("-d", "--dir", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                        default=DEFAULT_OUT, show_default=True,
                        help="Folder with the store that kg build wrote.")(f)


def _dir_option(f):
    """-d DIR and --endpoint URL: where a reading command finds the graph."""
    f = click.option("--endpoint", envvar="KG_ENDPOINT", metavar="URL",
                     help="Use this SPARQL 1.1 endpoint (query URL) instead of the local store "
                          "[env KG_ENDPOINT].")(f)
    return _store_dir_option(f)


def _push(graph, endpoint, quiet=False, out_dir=None):
    """Load the graph into the endpoint too (Graph Store Protocol, or SPARQL Update)."""
    if not endpoint:
        return
    from .backend import EndpointBackend

    if graph is None:   # an incremental add or remove changed the store in place: hand over all of it
        from .store import read_triples

        graph = read_triples(out_dir)
    EndpointBackend(endpoint).load(graph, getattr(graph, "support", None))
    if not quiet:
        click.echo(f"loaded into {endpoint}")


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
        except BrokenPipeError:   # `kg query … | head`: the reader has what it wanted; say nothing
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())     # so that the exit's flush does not fail again
            sys.exit(0)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: still one line, the traceback only on request
            if os.environ.get("KG_DEBUG"):
                raise
            click.echo(f"Error: internal error ({e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}); "
                       "set KG_DEBUG=1 for the traceback", err=True)
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
@click.option("--no-html", is_flag=True, help="Do not write the kg.html page.")
@click.option("-j", "--jobs", type=int, default=1, show_default=True,
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
    from .pipeline import build as run_build

    with _progress_bar(quiet) as progress:
        report = run_build(list(paths) or [DEFAULT_DATA], out_dir, store=not no_store, html=not no_html,
                           jobs=_jobs(jobs), progress=progress)
    _problems(report)
    if not quiet:
        langs = sorted({a.language for a in report.articles})
        outs = [str(out_dir / "kg.ttl")] + ([] if no_store else [str(out_dir / "store")]) + (
            [] if no_html or not (out_dir / "kg.html").exists() else [str(out_dir / "kg.html")])
        click.echo(f"{len(report.articles)} articles ({', '.join(langs)}), {len(report.graph)} triples "
                   f"-> {', '.join(outs)}")
    _push(report.graph, endpoint, quiet)
    if not report.ok:
        sys.exit(EXIT_PROBLEMS)


def _jobs(jobs: int) -> int:
    return os.cpu_count() or 1 if jobs == 0 else max(1, jobs)


class _progress_bar:
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


def _problems(rep) -> None:
    """One line per skipped input, article without facts, and note, on stderr."""
    for prefix, lines in (("skipped", rep.skipped), ("warning", rep.empty), ("note", rep.notes)):
        for line in lines:
            click.echo(f"{prefix}: {line}", err=True)


def _change_report(rep, out_dir, quiet):
    _problems(rep)
    if not quiet:
        bits = [f"{len(getattr(rep, k))} {k}" for k in ("added", "replaced", "unchanged", "removed")
                if getattr(rep, k)]
        click.echo(f"{', '.join(bits) or 'nothing changed'}; the graph now has {rep.articles} articles, "
                   f"{rep.triples} triples -> {out_dir}" if rep.articles or rep.removed else
                   f"{', '.join(bits) or 'nothing changed'}")
    if not rep.ok:
        sys.exit(EXIT_PROBLEMS)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Processes (0: all cores).")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--no-export", is_flag=True,
              help="Update the store only; kg.ttl and kg.html are removed rather than left stale (kg export "
                   "writes Turtle again). Saves rewriting the whole Turtle file on every add.")
@_dir_option
def add(paths, jobs, quiet, no_export, out_dir, endpoint):
    """Add articles to the graph without reading the others again.

    People, places and events already in the graph are matched as in a full build; an article already
    in (same text) is left as it is, one whose text changed is replaced. Only the articles a change
    touches are joined again and only their named graphs in the store are rewritten.

    \b
    Example:
        kg add new-articles/
        kg add today.html -d /tmp/kg
        kg add --no-export feed/2026-11-22/
    """
    from .workspace import Workspace

    with _progress_bar(quiet) as progress:
        rep = Workspace(out_dir).add(list(paths), jobs=_jobs(jobs), progress=progress, export=not no_export)
    if rep.added or rep.replaced:
        _push(rep.graph, endpoint, quiet, out_dir)
    _change_report(rep, out_dir, quiet)


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--no-export", is_flag=True, help="Update the store only (as for kg add).")
@_dir_option
def remove(articles, quiet, no_export, out_dir, endpoint):
    """Take articles out: what only they support goes, what others also support stays.

    ARTICLES are article ids (the file name without its extension) or file names.

    \b
    Example:
        kg remove 001_cdd47a019749c4d5
        kg remove data/003_4eb0a787bcbd0812.txt
    """
    from .workspace import Workspace

    rep = Workspace(out_dir).remove(list(articles), export=not no_export)
    if rep.removed:
        _push(rep.graph, endpoint, quiet, out_dir)
    _change_report(rep, out_dir, quiet)


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


def output_options(f):
    """--table (default), --csv, --tsv, --json: shared by the commands that print rows."""
    f = click.option("--json", "fmt", flag_value="json", help="SPARQL 1.1 Query Results JSON.")(f)
    f = click.option("--tsv", "fmt", flag_value="tsv", help="Tab-separated values.")(f)
    f = click.option("--csv", "fmt", flag_value="csv", help="Comma-separated values.")(f)
    f = click.option("--table", "fmt", flag_value="table", default=True, help="A readable table (default).")(f)
    return f


def _params(values) -> dict:
    out = {}
    for v in values:
        if "=" not in v:
            raise click.BadParameter(f"{v!r}: write NAME=VALUE", param_hint="--param")
        k, val = v.split("=", 1)
        out[k.strip()] = val.strip()
    return out


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file_", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("-n", "--named", "named", help="Run a named query (see --list); also: kg query NAME.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A named query's parameter.")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]),
              help="Language of the labels in the table.")
@output_options
@_dir_option
def query(sparql, file_, named, params, list_, lang, fmt, out_dir, endpoint):
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
    """
    from . import query as q
    from .backend import open_backend

    catalogue = q.named_queries()
    if list_:
        width = max(len(n) for n in catalogue)
        for nq in catalogue.values():
            ps = " ".join(f"--param {p}=…" if not h.endswith("(optional)") else f"[--param {p}=…]"
                          for p, h in nq.params.items())
            click.echo(f"{nq.name.ljust(width)}  {nq.description}" + (f"  [{ps}]" if ps else ""))
        return
    if sparql and not named and sparql in catalogue:
        named, sparql = sparql, None
    store = open_backend(out_dir, endpoint)
    if named:
        if named not in catalogue:
            raise q.QueryError(f"no named query {named!r}; kg query --list shows them")

        def view():
            from .project import load_view

            return load_view(out_dir, endpoint)

        text = q.bind_params(catalogue[named], _params(params), lambda v: q.find_node(store, v, view))
    elif file_ is not None:
        text = file_.read()
    elif sparql:
        text = sparql
    else:
        raise click.UsageError("give a query, -f FILE, or a named query (kg query --list)")
    result = q.run(store, text)
    kind = type(result).__name__
    if kind == "QueryBoolean":
        click.echo("true" if bool(result) else "false")
        return
    if kind in ("QueryTriples", "TriplesResult"):
        click.echo(q.triples_turtle(result), nl=False)
        return
    names, rows = q.result_rows(result)
    if fmt == "json":
        click.echo(q.to_json(names, rows))
    elif fmt in ("csv", "tsv"):
        click.echo(q.to_delimited(names, rows, "," if fmt == "csv" else "\t"), nl=False)
    else:
        click.echo(q.to_table(store, names, rows, lang))


def _step_line(view, step, lang) -> str:
    arrow = f"-[{step.prop}]->" if step.forward else f"<-[{step.prop}]-"
    a, b = (step.source, step.target) if step.forward else (step.target, step.source)
    return f"{view.describe(a, lang)} {arrow} {view.describe(b, lang)}"


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("-k", "--paths", "k", default=1, show_default=True, help="How many shortest simple paths.")
@click.option("--max-hops", type=int, default=None, help="Longest path to accept.")
@click.option("--avoid-class", multiple=True, metavar="CLASS", help="Go around nodes of this class (e.g. State).")
@click.option("--avoid-property", multiple=True, metavar="PROP", help="Do not walk this property (e.g. between).")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]))
@click.option("--json", "as_json", is_flag=True, help="Print the paths as JSON.")
@_dir_option
def path(a, b, k, max_hops, avoid_class, avoid_property, lang, as_json, out_dir, endpoint):
    """How are A and B connected? Shortest path(s), each step with its sentence and article.

    Names may be in any language the graph knows, or an alias or ISO code.

    \b
    Example:
        kg path Plovdiv Türkiye
        kg path Токаев Erdogan -k 3 --avoid-class State
    """
    from .paths import shortest_paths
    from .project import load_view

    view = load_view(out_dir, endpoint)
    src, dst = view.find(a), view.find(b)
    paths = shortest_paths(view, src, dst, k=k, max_hops=max_hops, avoid_props=avoid_property,
                           avoid_classes=avoid_class)
    if as_json:
        import json

        out = []
        for p in paths:
            steps = []
            for st in p:
                sent, arts = view.evidence_for(st.source, st.target, st.prop)
                steps.append({"subject": st.source, "property": st.prop, "object": st.target,
                              "direction": "forward" if st.forward else "inverse",
                              "subject_label": view.info[st.source].label(lang),
                              "object_label": view.info[st.target].label(lang),
                              "evidence": sent, "articles": arts})
            out.append({"hops": len(p), "steps": steps})
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for i, p in enumerate(paths, 1):
        click.echo(f"Path {i} ({len(p)} hop{'s' if len(p) != 1 else ''}):")
        for st in p:
            click.echo("  " + _step_line(view, st, lang))
            sent, arts = view.evidence_for(st.source, st.target, st.prop)
            if sent:
                click.echo(f"      “{sent if len(sent) < 220 else sent[:219] + '…'}”")
            if arts:
                click.echo(f"      — {'; '.join(arts[:2])}")


@cli.command()
@click.argument("name")
@click.option("--depth", default=1, show_default=True, help="How many hops around the node.")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]))
@_dir_option
def neighbors(name, depth, lang, out_dir, endpoint):
    """What is around a node, hop by hop.

    \b
    Example:
        kg neighbors TITR
        kg neighbors "Румен Радев" --depth 2
    """
    from .paths import neighbors as around
    from .project import load_view

    view = load_view(out_dir, endpoint)
    node = view.find(name)
    click.echo(view.describe(node, lang))
    for d, n, p, via in around(view, node, depth):
        click.echo(f"{'  ' * d}{d}: {view.describe(n, lang)}  [{p}" + (f" via {view.info[via].label(lang)}]"
                                                                         if via != node else "]"))


@cli.command()
@click.option("--top", default=10, show_default=True)
@click.option("--by", "measure", default="degree", show_default=True,
              type=click.Choice(["degree", "betweenness", "pagerank"]))
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]))
@_dir_option
def central(top, measure, lang, out_dir, endpoint):
    """The most central nodes by degree, betweenness or PageRank.

    \b
    Example:
        kg central --top 5 --by pagerank
    """
    from .paths import centrality
    from .project import load_view

    view = load_view(out_dir, endpoint)
    for iri, score in centrality(view, measure, top):
        click.echo(f"{score:10.4g}  {view.describe(iri, lang)}")


@cli.command()
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The HTML file (default: kg.html in the store's folder).")
@click.option("--focus", help="Draw only the neighbourhood of this node.")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", help="Only these classes, comma-separated (e.g. State,Leader,Visit).")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]),
              help="Language of the labels.")
@_dir_option
def render(out_file, focus, depth, types, lang, out_dir, endpoint):
    """Write the graph as an interactive HTML page (works offline).

    \b
    Example:
        kg render
        kg render --focus Plovdiv --depth 3 --lang bg -o plovdiv.html
        kg render --types State,Leader,Visit,Meeting
    """
    from .project import load_view
    from .render import render as draw

    view = load_view(out_dir, endpoint)
    rep = draw(view, out_file or out_dir / "kg.html", focus=focus, depth=depth,
               types=[t.strip() for t in types.split(",")] if types else None, lang=lang)
    click.echo(f"{rep.nodes} nodes, {rep.edges} edges -> {rep.path}")


@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "ntriples", "jsonld", "trig", "xml", "graphml"]))
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The file to write (default: kg.EXT in the store's folder).")
@_dir_option
def export(fmt, out_file, out_dir, endpoint):
    """Export the graph: Turtle, N-Triples, JSON-LD, TriG (one named graph per article), RDF/XML, GraphML.

    \b
    Example:
        kg export --format trig
        kg export --format graphml -o kg.graphml     # for Gephi
    """
    from .export import export_store

    path = export_store(out_dir, fmt, out_file, endpoint)
    click.echo(f"-> {path}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@_dir_option
def stats(as_json, out_dir, endpoint):
    """Counts per class and property, articles and languages.

    \b
    Example:
        kg stats
    """
    from .export import stats as count

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
@_store_dir_option
def serve(bind, out_dir):
    """Offer the graph read-only over the SPARQL 1.1 Protocol (Oxigraph's server on the store).

    Queries go to http://HOST:PORT/query (GET ?query=... or POST); YASGUI, SPARQLWrapper or any SPARQL
    client can use it. Stop it with Ctrl-C.

    \b
    Example:
        kg serve
        kg serve --bind 127.0.0.1:9000 -d /tmp/kg
    """
    from .serve import serve as run_server

    run_server(out_dir, bind, echo=click.echo)


def main():  # console-script entry point
    cli()


if __name__ == "__main__":
    main()
