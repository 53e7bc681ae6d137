"""The whole build: files -> readings -> the join across articles -> the graph -> the store, kg.ttl and
the page. ``kg add`` and ``kg remove`` (:mod:`kg.pipeline.changing`) run the same join over only what a
change touches, so their result is the same as a fresh build of the same articles.

After a killed command, :func:`recover` (which every writing command calls first, under the folder's
lock) completes it when it had passed its commit point, else cleans what it left. An intent in the
journal (:meth:`kg.store.workspace.Workspace.begin`) names the articles the killed command meant the graph
to hold; their readings are all on disk (made durable before the intent was written), so the graph is
joined again from them, as a build would, and the store, the kept join, the index and the exports are
written anew. Without an intent, leftovers (a staging folder, temporary stores, temporary files) are
removed. Either way one line says what was done."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError, StoreError
from ..graph.join import JoinState, join
from ..graph.triples import Triples
from ..graph.vocab import DIP
from ..mentions import Analysis
from ..store.links import merge_links
from ..store.oxigraph import write_store
from ..store.turtle import write_turtle
from ..store.workspace import Workspace
from ..util.files import atomic_file
from ..util.gc import bulk_gc
from .reading import BuildReport, analyse_paths


def _reading_id(x) -> str:
    return x.article.id if isinstance(x, Analysis) else Path(x).stem


def graph_from(readings: list, report: BuildReport | None = None, state=None, facts: dict | None = None) -> Triples:
    """Join the per-article readings into one graph (articles in id order, so arrival order is moot).

    ``readings`` holds readings or the files they are kept in; files are loaded one at a time, so memory
    holds the people, facts and graph, not every article's reading. A :class:`~kg.graph.join.JoinState`
    given as ``state`` and a dict given as ``facts`` receive what the join decided and extracted, for ``kg add``.
    """
    with bulk_gc():
        triples, _ = join(JoinState() if state is None else state, {_reading_id(x): x for x in readings}, set(),
                          None, {} if facts is None else facts, report, full=True)
    return triples


def run(paths: list[Path], jobs: int = 1, progress=None) -> BuildReport:
    """Read every article under ``paths`` and return the merged graph (an rdflib ``Graph`` with a
    ``support`` attribute: triple -> article ids) with a report. For library use on small inputs; ``kg
    build`` (:func:`build`) keeps the leaner :class:`~kg.graph.triples.Triples` and writes from them."""
    report = analyse_paths(paths, jobs, progress)
    report.graph = graph_from(report.analyses, report).to_rdflib()
    return report


def write_outputs(graph, out_dir: Path, store: bool = True, html: bool = True, notes=None,
                  turtle: bool = True) -> None:
    """``kg.ttl``, the working store and ``kg.html`` from ``graph`` (:class:`~kg.graph.triples.Triples` or
    an rdflib Graph), each written atomically."""
    out_dir = Path(out_dir)
    merge_links(graph, out_dir)     # what kg link made, for the nodes the new graph has
    if store:   # the database first: an export is never newer than the store it came from
        write_store(graph, getattr(graph, "support", None), out_dir)
    if turtle:
        with atomic_file(out_dir / "kg.ttl") as f:
            write_turtle(graph, f)
    if html:
        from ..ask.project import view_of_graph

        write_page(lambda: view_of_graph(graph), out_dir, notes)


def _recover(ws, html: bool) -> list[str]:
    """What :func:`recover` did before this build (the readings of another version
    cannot be joined: a build replaces them anyway, so the journal and leftovers just go)."""
    try:
        ws.check_version()
    except StoreError:
        gone = ws.clean_leftovers()
        if ws.intent() is not None:
            ws.end()
            gone.append("a stopped command of another dipkg version")
        return [f"cleaned: {', '.join(gone)}"] if gone else []
    return recover(ws, html)


def write_page(make_view, out_dir: Path, notes) -> bool:
    """``kg.html`` of the view ``make_view()`` gives (a note when its entity graph is left out as too
    large); when there is nothing to draw, a note says so and the previous page goes, so that no page
    shows another graph than the store's."""
    from ..ask.render import NothingToDraw, render

    try:
        rep = render(make_view(), Path(out_dir) / "kg.html")
    except NothingToDraw as e:
        page_not_written(out_dir, str(e), notes)
        return False
    if rep.note and notes is not None:
        notes.append(f"kg.html: {rep.note}")
    return True


def page_not_written(out_dir: Path, reason: str, notes) -> None:
    page = Path(out_dir) / "kg.html"
    old = page.exists()
    page.unlink(missing_ok=True)
    if notes is not None:
        notes.append(f"kg.html not written: {reason}" + ("; the previous page was removed, as it showed "
                                                          "another graph" if old else ""))


def build(paths: list[Path], out_dir: Path, store: bool = True, html: bool = True, jobs: int = 1,
          progress=None) -> BuildReport:
    """Run the pipeline and write the outputs; the per-article readings are kept for ``kg add``."""
    with Workspace(out_dir).writing() as ws:
        notes = _recover(ws, html) if store else []
        staging = ws.staging() if store else None   # readings go to disk as they are made
        report = analyse_paths(paths, jobs, progress, sink=staging.put if staging else None)
        report.notes[:0] = notes
        if not report.articles:
            if staging:
                staging.discard()
            raise InputError("no article could be read" + (f": {'; '.join(report.skipped)}" if report.skipped else ""))
        state, facts = JoinState(), {}
        report.graph = graph_from(report.analyses, report, state, facts)
        if staging:   # the commit point: after it, a killed build is completed by the next command
            ws.begin("build", staging.index)
            report.analyses = staging.commit()
        write_outputs(report.graph, out_dir, store, html, report.notes)
        if staging:
            ws.save_join(state, facts)
            ws.end()
    return report


def recover(ws: Workspace, html: bool = True) -> list[str]:
    """Complete or clean up after a killed command in ``ws``; the notes saying what was done."""
    notes: list[str] = []
    intent = ws.intent()
    if intent is not None:
        target = intent["index"]
        ws.move_staged(target)
        files = ws.files(target)
        missing = [f.stem for f in files if not f.exists()]
        if missing:
            raise StoreError(f"a stopped kg {intent['command']} cannot be completed: the readings of "
                             f"{', '.join(missing[:3])} are missing; run kg build again")
        state, facts = JoinState(), {}
        graph = graph_from(files, BuildReport(), state, facts)
        write_outputs(graph, ws.dir, True, html, notes)
        ws.save_join(state, facts)
        ws.write_index(target)
        ws.prune(target)
        ws.end()
        what = f"the kg {intent['command']}" if intent["command"] != "?" else "a command"
        notes.insert(0, f"recovered: {what} stopped after its commit point was completed "
                        f"(the graph holds its {len(target)} articles)")
    gone = ws.clean_leftovers()
    if gone:
        notes.append(f"cleaned: {', '.join(gone)}, left by a command stopped before its commit point")
    return notes
