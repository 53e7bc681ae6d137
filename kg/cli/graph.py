"""``kg path``, ``kg neighbors``, ``kg central`` and ``kg render``: walking and looking at the graph."""
from __future__ import annotations

from pathlib import Path

import click

from .app import cli
from .options import dir_option
from .output import echo


def _step_line(view, step, lang) -> str:
    arrow = f"-[{step.prop}]->" if step.forward else f"<-[{step.prop}]-"
    a, b = (step.source, step.target) if step.forward else (step.target, step.source)
    return f"{view.describe(a, lang)} {arrow} {view.describe(b, lang)}"


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("-k", "--paths", "k", type=click.IntRange(1, 1000), default=1, show_default=True,
              help="How many shortest simple paths.")
@click.option("--max-hops", type=click.IntRange(1), default=None, help="Longest path to accept.")
@click.option("--avoid-class", multiple=True, metavar="CLASS", help="Go around nodes of this class (e.g. State).")
@click.option("--avoid-property", multiple=True, metavar="PROP", help="Do not walk this property (e.g. between).")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]))
@click.option("--json", "as_json", is_flag=True, help="Print the paths as JSON.")
@dir_option
def path(a, b, k, max_hops, avoid_class, avoid_property, lang, as_json, out_dir, endpoint):
    """How are A and B connected? Shortest path(s), each step with its sentence and article.

    Names may be in any language the graph knows, or an alias or ISO code.

    \b
    Example:
        kg path Plovdiv Türkiye
        kg path Токаев Erdogan -k 3 --avoid-class State
    """
    from ..ask.paths import shortest_paths
    from ..ask.project import load_view

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
        echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for i, p in enumerate(paths, 1):
        echo(f"Path {i} ({len(p)} hop{'s' if len(p) != 1 else ''}):")
        for st in p:
            echo("  " + _step_line(view, st, lang))
            sent, arts = view.evidence_for(st.source, st.target, st.prop)
            if sent:
                echo(f"      “{sent if len(sent) < 220 else sent[:219] + '…'}”")
            if arts:
                echo(f"      — {'; '.join(arts[:2])}")


@cli.command()
@click.argument("name")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
              help="How many hops around the node.")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]))
@dir_option
def neighbors(name, depth, lang, out_dir, endpoint):
    """What is around a node, hop by hop.

    \b
    Example:
        kg neighbors TITR
        kg neighbors "Румен Радев" --depth 2
    """
    from ..ask.paths import neighbors as around
    from ..ask.project import load_view

    view = load_view(out_dir, endpoint)
    node = view.find(name)
    echo(view.describe(node, lang))
    for d, n, p, via in around(view, node, depth):
        echo(f"{'  ' * d}{d}: {view.describe(n, lang)}  [{p}" + (f" via {view.info[via].label(lang)}]"
                                                                         if via != node else "]"))


@cli.command()
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="How many nodes to list.")
@click.option("--by", "measure", default="degree", show_default=True,
              type=click.Choice(["degree", "betweenness", "pagerank"]))
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]))
@dir_option
def central(top, measure, lang, out_dir, endpoint):
    """The most central nodes by degree, betweenness or PageRank.

    \b
    Example:
        kg central --top 5 --by pagerank
    """
    from ..ask.paths import centrality
    from ..ask.project import load_view

    view = load_view(out_dir, endpoint)
    for iri, score in centrality(view, measure, top):
        echo(f"{score:10.4g}  {view.describe(iri, lang)}")


@cli.command()
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              default=None, help="The HTML file, - for standard output (default: kg.html in the store's folder).")
@click.option("--focus", help="Draw only the neighbourhood of this node.")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", help="Only these classes, comma-separated (e.g. State,Leader,Visit).")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "bg", "ru"]),
              help="Language of the labels.")
@click.option("--state", help="Overview, timeline and map: only the events this state takes part in.")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Only events on or after this date.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Only events on or before this date.")
@dir_option
def render(out_file, focus, depth, types, lang, state, date_from, date_to, out_dir, endpoint):
    """Write the graph as an interactive HTML page (works offline): an overview of the states and what
    passed between them, a timeline and a map of the events, and the entity graph (of --focus).

    \b
    Example:
        kg render
        kg render --focus Plovdiv --depth 3 --lang bg -o plovdiv.html
        kg render --types State,Leader,Visit,Meeting
        kg render --state KZ --from 2025-01-01 --to 2025-12-31 -o kz-2025.html
    """
    from ..ask.project import load_view
    from ..ask.render import render as draw

    view = load_view(out_dir, endpoint)
    rep = draw(view, out_file or out_dir / "kg.html", focus=focus, depth=depth,
               types=[t.strip() for t in types.split(",")] if types else None, lang=lang, state=state,
               date_from=date_from.date().isoformat() if date_from else None,
               date_to=date_to.date().isoformat() if date_to else None)
    echo(f"{rep.nodes} nodes, {rep.edges} edges -> {rep.path}", err=str(out_file) == "-")
    if rep.note:
        echo(f"note: {rep.note}", err=str(out_file) == "-")
