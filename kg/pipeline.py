"""The build pipeline: files -> articles -> mentions -> people -> facts -> one merged graph -> outputs.

Two halves. Reading (:func:`analyse_paths`) is per article and the costly part: decode, split, find
mentions; it can run on several cores. Joining (:func:`graph_from`) is across articles and cheap: people
known from one article are recognised in the others, people are clustered, facts are extracted and
resolved (:mod:`kg.join`). ``kg build`` runs both; ``kg add`` and ``kg remove`` (see :mod:`kg.workspace`)
keep the per-article readings and what the join decided, and redo the join only where a change reaches,
with the same code, so their result is the same as a fresh build of the same articles. Nothing here
raises for one bad article: it gets a one-line problem and the rest go on.
"""
from __future__ import annotations

import copy
import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import gazetteer
from .corpus import discover, read_article
from .errors import InputError
from .mentions import Analysis, analyse
from .resolve import Triples


@dataclass
class BuildReport:
    """What a build read, skipped and produced."""

    articles: list = field(default_factory=list)
    skipped: list = field(default_factory=list)     # one-line reasons
    notes: list = field(default_factory=list)       # informational (e.g. "read as cp1251")
    empty: list = field(default_factory=list)       # articles that gave no facts
    graph: Graph | None = None
    analyses: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.empty


def _read_one(path: Path):
    """Read and analyse one file; returns (analysis or None, problem or None, notes)."""
    try:
        art = read_article(path)
    except InputError as e:
        return None, str(e), []
    try:
        return analyse(art, gazetteer.load()), None, art.notes
    except Exception as e:  # a bug met on one article must not stop the others
        return None, f"{path.name}: could not be read ({e.__class__.__name__}: {str(e)[:120]}); please report it", []


def _init_worker():  # pragma: no cover - runs in worker processes
    gc.set_threshold(*BULK_GC)
    gazetteer.load()


# Reading and joining make millions of small objects that live to the end; with Python's default
# thresholds its cycle collector re-scans them over and over (15-25 % of a build, measured in
# bench/NOTES.md). Young collections are made rarer while a bulk stage runs; nothing is left uncollected.
BULK_GC = (50_000, 20, 100)


@contextmanager
def _bulk_gc():
    old = gc.get_threshold()
    gc.set_threshold(*BULK_GC)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _read_to(folder: Path, path: Path):
    """In a worker: read one file and write its reading into ``folder``; only metadata goes back."""
    from .workspace import write_reading

    an, problem, notes = _read_one(path)
    if an is None:
        return None, problem, notes
    out = write_reading(Path(folder) / f"{an.article.id}.pickle", an)
    return (an.article.without_text(), out), None, notes


def analyse_paths(paths: list[Path], jobs: int = 1, progress=None, sink=None) -> BuildReport:
    """Read every article under ``paths`` (on ``jobs`` processes); no cross-article work yet.

    With ``sink``, each reading is handed to it (e.g. written to disk) and ``report.analyses`` holds what
    the sink returns instead (e.g. the file), so memory does not grow with the number of articles."""
    report = BuildReport()
    files = discover(paths)
    folder = getattr(sink, "__self__", None)
    folder = getattr(folder, "dir", None)   # a staging area: workers write their readings there
    with _bulk_gc():
        if jobs > 1 and len(files) > 1:
            import functools
            import multiprocessing as mp

            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            work = functools.partial(_read_to, folder) if folder is not None else _read_one
            with ctx.Pool(jobs, initializer=_init_worker) as pool:
                results = pool.imap(work, files, chunksize=max(1, min(64, len(files) // (jobs * 8) or 1)))
                _collect(report, _progress(results, len(files), progress), sink)
        else:   # one at a time: each reading goes to the sink before the next article is read
            _collect(report, _progress(map(_read_one, files), len(files), progress), sink)
    return report


def _collect(report: BuildReport, results, sink) -> None:
    for an, problem, notes in results:
        if problem:
            report.skipped.append(problem)
            continue
        report.notes.extend(notes)
        if isinstance(an, tuple):   # written by a worker already
            article, path = an
            report.articles.append(article)
            report.analyses.append(sink.__self__.record(article, path))
            continue
        report.articles.append(an.article.without_text())
        report.analyses.append(sink(an) if sink is not None else an)


def _progress(results, total: int, progress):
    for i, r in enumerate(results, 1):
        if progress is not None:
            progress(i, total)
        yield r


def _reading_id(x) -> str:
    return x.article.id if isinstance(x, Analysis) else Path(x).stem


def _load(x) -> Analysis:
    """A reading: in memory already, or the file a :class:`~kg.workspace.Workspace` keeps it in."""
    if isinstance(x, Analysis):
        return x
    import pickle

    with open(x, "rb") as f:
        return pickle.load(f)


def graph_from(readings: list, report: BuildReport | None = None, state=None, facts: dict | None = None) -> Triples:
    """Join the per-article readings into one graph (articles in id order, so arrival order is moot).

    ``readings`` holds readings or the files they are kept in; files are loaded one at a time, so memory
    holds the people, facts and graph, not every article's reading. A :class:`~kg.join.JoinState` given
    as ``state`` and a dict given as ``facts`` receive what the join decided and extracted, for ``kg add``.
    """
    from .join import JoinState, join

    with _bulk_gc():
        triples, _ = join(JoinState() if state is None else state, {_reading_id(x): x for x in readings}, set(),
                          None, {} if facts is None else facts, report, full=True)
    return triples


def _fresh_copy(an: Analysis) -> Analysis:
    """A copy whose per-sentence person and city lists can grow without touching the kept reading
    (the joining half adds people known from other articles and drops cities that are their names)."""
    out = copy.copy(an)
    out.sentences = []
    for s in an.sentences:
        c = object.__new__(type(s))      # not copy.copy: that goes through pickling's state methods
        c.__dict__.update(s.__dict__)
        c.persons = list(s.persons)
        c.cities = list(s.cities)
        c.matches = []      # as in a reading kept on disk (see Sentence.__getstate__): same facts either way
        out.sentences.append(c)
    return out


def run(paths: list[Path], jobs: int = 1, progress=None) -> BuildReport:
    """Read every article under ``paths`` and return the merged graph (an rdflib ``Graph`` with a
    ``support`` attribute: triple -> article ids) with a report. For library use on small inputs; ``kg
    build`` (:func:`build`) keeps the leaner :class:`~kg.resolve.Triples` and writes from them."""
    report = analyse_paths(paths, jobs, progress)
    report.graph = graph_from(report.analyses, report).to_rdflib()
    return report


def write_outputs(graph, out_dir: Path, store: bool = True, html: bool = True, notes=None,
                  turtle: bool = True) -> None:
    """``kg.ttl``, the working store and ``kg.html`` from ``graph`` (:class:`~kg.resolve.Triples` or an
    rdflib Graph), each written atomically."""
    from .export import atomic_file, write_turtle
    from .store import write_store

    out_dir = Path(out_dir)
    if store:   # the database first: an export is never newer than the store it came from
        write_store(graph, getattr(graph, "support", None), out_dir)
    if turtle:
        with atomic_file(out_dir / "kg.ttl") as f:
            write_turtle(graph, f)
    if html:
        from .render import MAX_NODES, TooLarge, render, too_many

        n = _node_count(graph)
        if n > MAX_NODES:   # say so without projecting a graph that will not be drawn
            if notes is not None:
                notes.append(f"kg.html not written: {too_many(n)}")
            return
        from .project import view_of_graph

        try:
            render(view_of_graph(graph), out_dir / "kg.html")
        except TooLarge as e:
            if notes is not None:
                notes.append(f"kg.html not written: {e}")


def _node_count(graph) -> int:
    """How many nodes a page of the whole graph would draw (typed things other than articles)."""
    from rdflib.namespace import RDF

    from .namespace import DIP

    return len({s for s, p, o in graph if p == RDF.type and o != DIP.Article})


def build(paths: list[Path], out_dir: Path, store: bool = True, html: bool = True, jobs: int = 1,
          progress=None) -> BuildReport:
    """Run the pipeline and write the outputs; the per-article readings are kept for ``kg add``."""
    from .workspace import Workspace

    with Workspace(out_dir).writing() as ws:
        staging = ws.staging() if store else None   # readings go to disk as they are made
        report = analyse_paths(paths, jobs, progress, sink=staging.put if staging else None)
        if not report.articles:
            if staging:
                staging.discard()
            raise InputError("no article could be read" + (f": {'; '.join(report.skipped)}" if report.skipped else ""))
        from .join import JoinState

        state, facts = JoinState(), {}
        report.graph = graph_from(report.analyses, report, state, facts)
        if staging:   # the readings are the source of truth: they go in before the store (see kg.workspace)
            ws.pending(True)
            report.analyses = staging.commit()
        write_outputs(report.graph, out_dir, store, html, report.notes)
        if staging:
            ws.save_join(state, facts)
            ws.pending(False)
    return report
