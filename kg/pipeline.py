"""The build pipeline: files -> articles -> mentions -> people -> facts -> one merged graph.

:func:`run` is what ``kg build`` calls; it never raises for one bad article: it records a one-line
problem for it and goes on with the others.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import gazetteer
from .corpus import discover, read_article
from .errors import InputError
from .extract import extract
from .mentions import add_known_names, analyse
from .people import People
from .resolve import build_graph


@dataclass
class BuildReport:
    """What a build read, skipped and produced."""

    articles: list = field(default_factory=list)
    skipped: list = field(default_factory=list)     # one-line reasons
    notes: list = field(default_factory=list)       # informational (e.g. "read as cp1251")
    empty: list = field(default_factory=list)       # articles that gave no facts
    graph: Graph | None = None

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.empty


def run(paths: list[Path]) -> BuildReport:
    """Read every article under ``paths`` and return the merged graph with a report."""
    report = BuildReport()
    gaz = gazetteer.load()
    analyses = []
    for path in discover(paths):
        try:
            art = read_article(path)
        except InputError as e:
            report.skipped.append(str(e))
            continue
        report.notes.extend(art.notes)
        report.articles.append(art)
        analyses.append(analyse(art, gaz))
    # people titled in one article are recognised by name in the others ("Токаев" in a press release
    # that never writes "President Tokayev")
    titled: dict = {}
    for an in analyses:
        for s in an.sentences:
            for p in s.persons:
                if p.titled and not p.former and len(p.name.split()) > 1:
                    titled.setdefault(p.key, p)
    for an in analyses:
        add_known_names(an.sentences, titled)
    people = People()
    for an in analyses:
        people.add_article(an.article.id, an.article.language,
                           [p for s in an.sentences for p in sorted(s.persons, key=lambda p: not p.titled)])
    for an in analyses:
        people.infer_states(an.article.id, an.pair, [p for s in an.sentences for p in s.persons])
    facts = []
    for an in analyses:
        f = extract(an, people, gaz)
        if f.count() == 0:
            report.empty.append(f"{Path(an.article.path).name}: no facts found")
        facts.append(f)
    report.graph = build_graph(facts, people, gaz)
    return report


def build(paths: list[Path], out_dir: Path, store: bool = True, html: bool = True) -> BuildReport:
    """Run the pipeline and write ``out_dir/kg.ttl``, the working store and ``kg.html``, atomically."""
    from .export import atomic_write, turtle
    from .store import write_store

    report = run(paths)
    if not report.articles:
        from .errors import InputError as _IE

        raise _IE("no article could be read" + (f": {'; '.join(report.skipped)}" if report.skipped else ""))
    out_dir = Path(out_dir)
    atomic_write(out_dir / "kg.ttl", turtle(report.graph))
    if store:
        write_store(report.graph, getattr(report.graph, "support", None), out_dir)
    if html:
        from .project import view_of_graph
        from .render import TooLarge, render

        try:
            render(view_of_graph(report.graph), out_dir / "kg.html")
        except TooLarge as e:
            report.notes.append(f"kg.html not written: {e}")
    return report
