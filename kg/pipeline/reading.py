"""The per-article half of a build: read and analyse every file (on several processes if asked), each
reading handed to a sink (the workspace's staging area) as soon as it is made. Nothing here raises for
one bad article: it gets a one-line problem and the rest go on."""
from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from .. import reference
from ..errors import InputError
from ..mentions import analyse
from ..mentions.keep import write_reading
from ..read import article_id, discover, read_article
from ..util.gc import BULK_GC, bulk_gc


@dataclass
class BuildReport:
    """What a build read, skipped and produced."""

    articles: list = field(default_factory=list)
    skipped: list = field(default_factory=list)     # one-line reasons
    notes: list = field(default_factory=list)       # informational (e.g. "read as cp1251")
    empty: list = field(default_factory=list)       # articles that gave no facts
    graph: object = None
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
        return analyse(art, reference.load()), None, art.notes
    except Exception as e:  # a bug met on one article must not stop the others
        return None, f"{path.name}: could not be read ({e.__class__.__name__}: {str(e)[:120]}); please report it", []


def _init_worker():  # pragma: no cover - runs in worker processes
    gc.set_threshold(*BULK_GC)
    reference.load()


def _read_to(folder: Path, path: Path):
    """In a worker: read one file and write its reading into ``folder``; only metadata goes back."""
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
    files = one_file_per_id(discover(paths), report)
    folder = getattr(sink, "__self__", None)
    folder = getattr(folder, "dir", None)   # a staging area: workers write their readings there
    with bulk_gc():
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


def one_file_per_id(files: list[Path], report: BuildReport) -> list[Path]:
    """The files with one file per article id (:func:`~kg.read.files.article_id`): a second file of the
    same name is the same article when its bytes are the same (a note), else it is skipped with one line
    naming both paths, so that no article silently replaces another."""
    import filecmp

    first: dict[str, Path] = {}
    out = []
    for f in files:
        aid = article_id(f)
        if aid not in first:
            first[aid] = f
            out.append(f)
        elif filecmp.cmp(first[aid], f, shallow=False):
            report.notes.append(f"{f}: the same file as {first[aid]}; read once")
        else:
            report.skipped.append(f"{f}: another article is also named {aid} ({first[aid]}); rename one of them")
    return out


def _collect(report: BuildReport, results, sink) -> None:
    seen: dict[str, str] = {}     # text digest -> the article that has it
    for an, problem, notes in results:
        if problem:
            report.skipped.append(problem)
            continue
        report.notes.extend(notes)
        article = an[0] if isinstance(an, tuple) else an.article
        if article.digest in seen:
            report.notes.append(f"{article.path}: the same text as {seen[article.digest]}; read once")
            continue
        seen[article.digest] = article.path
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
