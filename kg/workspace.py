"""The output folder as a workspace that grows: ``kg add`` and ``kg remove``, and one writer at a time.

Beside the store, ``cache/`` keeps each article's reading (its :class:`~kg.mentions.Analysis`, before any
cross-article step), one file per article, and ``cache/index.json`` maps article ids to the SHA-256 of
their text. Adding articles reads only the new files; removing one drops its reading; either way the
cross-article half of the pipeline runs again over all readings, so after any sequence of adds and
removes the graph equals a fresh build of the same articles. The readings are the source of truth: if a
run is killed between writing the readings and the store, the next add or remove rewrites the store.

A lock file (``.kg.lock``, ``fcntl.flock``) lets one process write at a time: a second writer waits up to
``LOCK_WAIT`` seconds (``KG_LOCK_WAIT`` in the environment) and then stops with a clear message; the store
and exports are never half-written.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KGError, StoreError
from .export import atomic_file, atomic_write

LOCK_WAIT = 60.0
CACHE = "cache"


def write_reading(path: Path, an) -> Path:
    """Write one article's reading (its :class:`~kg.mentions.Analysis`) to ``path``, atomically (a
    temporary file renamed over it). Not flushed to disk one by one (that cost a millisecond per article):
    :meth:`Workspace._write_index` flushes all of them at once before it writes the index naming them."""
    with atomic_file(path, durable=False) as f:
        pickle.dump(an, f, protocol=pickle.HIGHEST_PROTOCOL)
    return path


class Busy(StoreError):
    """Another kg process is writing to the same folder."""


@dataclass
class ChangeReport:
    added: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    empty: list = field(default_factory=list)
    triples: int = 0
    articles: int = 0
    graph: object = None

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.empty


class Workspace:
    def __init__(self, out_dir: Path, wait: float | None = None):
        self.dir = Path(out_dir)
        self.cache = self.dir / CACHE
        self.wait = float(os.environ.get("KG_LOCK_WAIT", LOCK_WAIT)) if wait is None else wait

    # ---------------------------------------------------------------- locking
    @contextmanager
    def writing(self):
        """Hold the folder's write lock for the duration of the block."""
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.dir / ".kg.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + self.wait
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise Busy(f"another kg process is writing to {self.dir}; try again when it has "
                                   "finished") from None
                    time.sleep(0.2)
            yield self
        finally:
            os.close(fd)   # closing releases the lock

    # ---------------------------------------------------------------- readings
    def index(self) -> dict:
        p = self.cache / "index.json"
        if not p.exists():
            return {}
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            raise StoreError(f"{p} is damaged; run kg build again") from None

    def _file(self, article_id: str) -> Path:
        return self.cache / f"{article_id}.pickle"

    def _save(self, analyses) -> dict:
        self.cache.mkdir(parents=True, exist_ok=True)
        idx = self.index()
        for an in analyses:
            write_reading(self._file(an.article.id), an)
            idx[an.article.id] = an.article.digest
        return idx

    def _write_index(self, idx: dict) -> None:
        os.sync()    # the readings it names reach the disk first (they are written without a flush each)
        atomic_write(self.cache / "index.json", json.dumps(idx, sort_keys=True, indent=0).encode("utf-8"))

    def staging(self) -> "_Staging":
        """A place to write a build's readings before they replace the kept ones."""
        return _Staging(self)

    # ---------------------------------------------------------------- add / remove
    def files(self, ids) -> list[Path]:
        return [self._file(aid) for aid in sorted(ids)]

    def add(self, paths, jobs: int = 1, progress=None, html: bool = True) -> ChangeReport:
        from .pipeline import analyse_paths, graph_from, write_outputs

        rep = ChangeReport()
        with self.writing():
            if not (self.dir / "store").exists():
                raise StoreError(f"no graph in {self.dir}; run kg build first")
            idx = self.index()
            read = analyse_paths(paths, jobs, progress)
            rep.skipped, rep.notes = read.skipped, read.notes
            new = []
            for an in read.analyses:
                aid, digest = an.article.id, an.article.digest
                if idx.get(aid) == digest:
                    rep.unchanged.append(aid)
                    continue
                (rep.replaced if aid in idx else rep.added).append(aid)
                new.append(an)
            if not new:
                if not read.analyses and read.skipped:
                    raise InputError("no article could be read: " + "; ".join(read.skipped))
                return rep
            new_ids = {n.article.id for n in new}
            self._write_index(self._save(new))
            readings = self.files(aid for aid in idx if aid not in new_ids) + new
            self._rebuild(readings, rep, html, graph_from, write_outputs)
        return rep

    def remove(self, names, html: bool = True) -> ChangeReport:
        from .pipeline import graph_from, write_outputs

        rep = ChangeReport()
        with self.writing():
            idx = self.index()
            if not idx:
                raise StoreError(f"no graph in {self.dir}; run kg build first")
            ids = []
            for name in names:
                aid = Path(name).stem if name not in idx else name
                if aid not in idx:
                    raise KGError(f"no article {name!r} in the graph; kg query 'SELECT ?a WHERE {{ ?a a "
                                  "dip:Article }' lists them")
                ids.append(aid)
            rep.removed = ids
            readings = self.files(aid for aid in idx if aid not in ids)
            for aid in ids:
                idx.pop(aid, None)
            self._write_index(idx)
            for aid in ids:
                self._file(aid).unlink(missing_ok=True)
            self._rebuild(readings, rep, html, graph_from, write_outputs)
        return rep

    def _rebuild(self, readings, rep, html, graph_from, write_outputs) -> None:
        from .pipeline import BuildReport
        from .resolve import Triples

        br = BuildReport()
        graph = graph_from(readings, br) if readings else Triples()
        new_ids = set(rep.added) | set(rep.replaced)
        new_names = {Path(r.article.path).name for r in readings if not isinstance(r, Path) and r.article.id in new_ids}
        rep.empty = [e for e in br.empty if e.split(":", 1)[0] in new_names]
        write_outputs(graph, self.dir, True, html, rep.notes)
        rep.triples = len(graph)
        rep.articles = len(readings)
        rep.graph = graph


class _Staging:
    """A build's readings, written as they are made into ``cache/.staging``, then moved into place."""

    def __init__(self, ws: Workspace):
        import shutil

        self.ws = ws
        self.dir = ws.cache / ".staging"
        shutil.rmtree(self.dir, ignore_errors=True)   # left by a killed build (we hold the lock)
        self.dir.mkdir(parents=True)
        self.index: dict = {}

    def put(self, an) -> Path:
        self.index[an.article.id] = an.article.digest
        return write_reading(self.dir / f"{an.article.id}.pickle", an)

    def record(self, article, path: Path) -> Path:
        """A reading a worker process wrote here itself."""
        self.index[article.id] = article.digest
        return path

    def commit(self) -> list[Path]:
        """Replace the kept readings by these; the index is written last."""
        old = set(self.ws.index())
        for aid in self.index:
            os.replace(self.dir / f"{aid}.pickle", self.ws._file(aid))
        self.ws._write_index(self.index)
        for aid in old - set(self.index):
            self.ws._file(aid).unlink(missing_ok=True)
        self.discard()
        return self.ws.files(self.index)

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self.dir, ignore_errors=True)
