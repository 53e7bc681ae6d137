"""The output folder as a workspace that grows: ``kg add`` and ``kg remove``, and one writer at a time.

Beside the store, ``cache/`` keeps each article's reading (its :class:`~kg.mentions.Analysis`, before any
cross-article step), one file per article, its extracted facts (``cache/facts/``), what the join keeps
(``cache/join.pickle``, see :mod:`kg.join`) and ``cache/index.json``, which maps article ids to the
SHA-256 of their text. Adding articles reads only the new files; the join decides which kept articles
the change touches, extracts those again and rewrites only their named graphs (and the default-graph
triples that come or go with them) in one transaction, so after any sequence of adds and removes the
graph equals a fresh build of the same articles.

Crashes: readings are written first; ``cache/.pending`` marks the time during which the kept join may
be ahead of the store; a run that finds it (a killed add or build) does the whole join again from the
readings and writes a new store. The store update itself is one transaction.

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
JOIN = "join.pickle"        # what the cross-article join keeps (kg.join.JoinState)
FACTS = "facts"             # each article's extracted facts, one file per article
PENDING = ".pending"        # present while the kept join and the store may disagree
VERSION = "VERSION"         # kg.mentions.READING_VERSION of the kept readings


def write_reading(path: Path, an) -> Path:
    """Write one article's reading (its :class:`~kg.mentions.Analysis`) to ``path``, atomically (a
    temporary file renamed over it). Not flushed to disk one by one (that cost a millisecond per article):
    :meth:`Workspace._write_index` flushes all of them at once before it writes the index naming them."""
    with atomic_file(path, durable=False) as f:
        pickle.dump(an, f, protocol=pickle.HIGHEST_PROTOCOL)
    return path


class _FactsDir:
    """Article id -> its :class:`~kg.facts.ArticleFacts`, one pickle per article in ``folder``."""

    def __init__(self, folder: Path):
        self.dir = Path(folder)

    def __getitem__(self, aid):
        try:
            with open(self.dir / f"{aid}.pickle", "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError) as e:
            raise StoreError(f"the kept facts of {aid} are damaged or missing ({e}); run kg build again") from None

    def __setitem__(self, aid, facts) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        write_reading(self.dir / f"{aid}.pickle", facts)

    def pop(self, aid, default=None):
        (self.dir / f"{aid}.pickle").unlink(missing_ok=True)
        return default


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
        from .mentions import READING_VERSION

        os.sync()    # the readings it names reach the disk first (they are written without a flush each)
        atomic_write(self.cache / VERSION, f"{READING_VERSION}\n".encode("ascii"))
        atomic_write(self.cache / "index.json", json.dumps(idx, sort_keys=True, indent=0).encode("utf-8"))

    def _check_version(self) -> None:
        """Stop if the kept readings were made by another version of the reading rules (joining them
        with new readings would give a graph no build gives)."""
        from .mentions import READING_VERSION

        try:
            kept = (self.cache / VERSION).read_text(encoding="ascii").strip()
        except OSError:
            kept = None
        if kept != str(READING_VERSION):
            raise StoreError(f"the graph in {self.dir} was built by another version of dipkg; run kg build "
                             "again (kg add and kg remove need readings made by this version)")

    def staging(self) -> "_Staging":
        """A place to write a build's readings before they replace the kept ones."""
        return _Staging(self)

    # ---------------------------------------------------------------- add / remove
    def files(self, ids) -> list[Path]:
        return [self._file(aid) for aid in sorted(ids)]

    # ---------------------------------------------------------------- the kept join
    def load_join(self):
        """The join kept by the last build, add or remove; None if there is none to trust (an older
        workspace, or a run stopped between changing the kept join and the store)."""
        from .join import VERSION

        p = self.cache / JOIN
        if (self.cache / PENDING).exists() or not p.exists():
            return None
        from .pipeline import _bulk_gc

        try:
            with open(p, "rb") as f, _bulk_gc():
                state = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return state if getattr(state, "version", None) == VERSION else None

    def facts(self) -> _FactsDir:
        return _FactsDir(self.cache / FACTS)

    def pending(self, on: bool) -> None:
        """Mark (or unmark) the time during which the kept join may be ahead of the store."""
        p = self.cache / PENDING
        if on:
            self.cache.mkdir(parents=True, exist_ok=True)
            p.touch()
        else:
            p.unlink(missing_ok=True)

    def save_join(self, state, facts: dict | None = None) -> None:
        """Keep ``state`` (and, from a whole build, every article's ``facts``) for the next add or remove."""
        if facts is not None:
            import shutil

            shutil.rmtree(self.cache / FACTS, ignore_errors=True)
            kept = self.facts()
            for aid, f in facts.items():
                kept[aid] = f
        with atomic_file(self.cache / JOIN, durable=False) as f:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)

    # ---------------------------------------------------------------- add / remove
    def add(self, paths, jobs: int = 1, progress=None, html: bool = True, export: bool = True) -> ChangeReport:
        from .pipeline import analyse_paths

        rep = ChangeReport()
        with self.writing():
            if not (self.dir / "store").exists():
                raise StoreError(f"no graph in {self.dir}; run kg build first")
            self._check_version()
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
            state = self.load_join()
            self.pending(True)
            idx = self._save(new)
            self._change(state, idx, {an.article.id: an for an in new}, set(), rep, html, export)
        return rep

    def remove(self, names, html: bool = True, export: bool = True) -> ChangeReport:
        rep = ChangeReport()
        with self.writing():
            idx = self.index()
            if not idx:
                raise StoreError(f"no graph in {self.dir}; run kg build first")
            self._check_version()
            ids = []
            for name in names:
                aid = Path(name).stem if name not in idx else name
                if aid not in idx:
                    raise KGError(f"no article {name!r} in the graph; kg query 'SELECT ?a WHERE {{ ?a a "
                                  "dip:Article }' lists them")
                ids.append(aid)
            rep.removed = ids
            state = self.load_join()
            self.pending(True)
            for aid in ids:
                idx.pop(aid, None)
            self._change(state, idx, {}, set(ids), rep, html, export)
            facts = self.facts()
            for aid in ids:
                self._file(aid).unlink(missing_ok=True)
                facts.pop(aid)
        return rep

    def _change(self, state, idx: dict, new: dict, removed: set, rep, html: bool, export: bool) -> None:
        """Join again (incrementally when the kept join can be trusted), update the store, keep the join."""
        from .join import WHOLE_ABOVE, join
        from .namespace import DIPR
        from .pipeline import BuildReport, _bulk_gc, graph_from, write_outputs
        from .store import update_store

        br = BuildReport()
        rep.articles = len(idx)
        if state is None:   # nothing kept to trust: the whole join again
            from .join import JoinState

            state, facts = JoinState(), {}
            graph = graph_from([new[aid] if aid in new else self._file(aid) for aid in idx], br, state, facts)
            whole = True
        else:
            facts = None    # the join wrote the facts it extracted again into cache/facts
            with _bulk_gc():
                graph, affected = join(state, new, removed, self._file, self.facts(), br, whole_above=WHOLE_ABOVE)
            whole = affected >= set(idx)
        if whole:   # every named graph was made: a new store (cheaper than updating most of one)
            write_outputs(graph, self.dir, True, html and export, rep.notes, turtle=export)
            rep.triples, rep.graph = len(graph), graph
        else:
            from .compact import CACHE_NAME

            update_store(self.dir, graph, affected, lambda aid: str(DIPR[f"article/{aid}"]))
            (self.cache / CACHE_NAME).unlink(missing_ok=True)   # the store folder is the same one
            rep.triples = self._export(html and export, export, rep.notes)
        if not export:
            self._stale_exports(rep)
        self.save_join(state, facts)
        self._write_index(idx)
        self.pending(False)
        self._report_new(new, br, rep)

    @staticmethod
    def _report_new(new: dict, br, rep) -> None:
        new_names = {Path(an.article.path).name for an in new.values()}
        rep.empty = [e for e in br.empty if e.split(":", 1)[0] in new_names]
        rep.skipped.extend(e for e in br.skipped if e.split(":", 1)[0] in new_names)

    def _export(self, html: bool, turtle: bool, notes: list) -> int:
        """kg.ttl (and kg.html) from the store after an in-place change; the number of triples."""
        from .backend import open_backend
        from .export import export_store

        if turtle:
            export_store(self.dir, "turtle")
        if html:
            from .project import load_view
            from .render import TooLarge, render

            try:
                render(load_view(self.dir), self.dir / "kg.html")
            except TooLarge as e:
                notes.append(f"kg.html not written: {e}")
        (row,) = open_backend(self.dir).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(row["n"].value)

    def _stale_exports(self, rep) -> None:
        gone = [n for n in ("kg.ttl", "kg.html") if (self.dir / n).exists()]
        for n in gone:
            (self.dir / n).unlink()
        if gone:
            rep.notes.append(f"{' and '.join(gone)} removed (no longer the graph); kg export writes Turtle again")


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
