"""The output folder as a workspace that grows: what ``kg add`` and ``kg remove`` keep, and one writer
at a time.

Beside the store, ``cache/`` keeps each article's reading (its :class:`~kg.mentions.Analysis`, before any
cross-article step), one file per article, its extracted facts (``cache/facts/``), what the join keeps
(``cache/join.pickle``, see :mod:`kg.graph.join`) and ``cache/index.json``, which maps article ids to the
SHA-256 of their text.

Crashes: readings are written first; ``cache/.pending`` marks the time during which the kept join may
be ahead of the store; a run that finds it (a killed add or build) does the whole join again from the
readings and writes a new store.

A lock file (``.kg.lock``, ``fcntl.flock``) lets one process write at a time: a second writer waits up to
``LOCK_WAIT`` seconds (``KG_LOCK_WAIT`` in the environment) and then stops with a clear message; the store
and exports are never half-written.
"""
from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from ..graph.join import VERSION as JOIN_VERSION
from ..mentions import READING_VERSION
from ..mentions.keep import write_reading
from ..util.files import atomic_file, atomic_write
from ..util.gc import bulk_gc

LOCK_WAIT = 60.0
CACHE = "cache"
JOIN = "join.pickle"        # what the cross-article join keeps (kg.graph.join.JoinState)
FACTS = "facts"             # each article's extracted facts, one file per article
PENDING = ".pending"        # present while the kept join and the store may disagree
VERSION = "VERSION"         # kg.mentions.READING_VERSION of the kept readings


class FactsDir:
    """Article id -> its :class:`~kg.facts.model.ArticleFacts`, one pickle per article in ``folder``."""

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

    def file(self, article_id: str) -> Path:
        """Where an article's reading is kept."""
        return self.cache / f"{article_id}.pickle"

    def files(self, ids) -> list[Path]:
        return [self.file(aid) for aid in sorted(ids)]

    def save(self, analyses) -> dict:
        """Keep these readings; returns the index with them in (not yet written: see :meth:`write_index`)."""
        self.cache.mkdir(parents=True, exist_ok=True)
        idx = self.index()
        for an in analyses:
            write_reading(self.file(an.article.id), an)
            idx[an.article.id] = an.article.digest
        return idx

    def write_index(self, idx: dict) -> None:
        os.sync()    # the readings it names reach the disk first (they are written without a flush each)
        atomic_write(self.cache / VERSION, f"{READING_VERSION}\n".encode("ascii"))
        atomic_write(self.cache / "index.json", json.dumps(idx, sort_keys=True, indent=0).encode("utf-8"))

    def check_version(self) -> None:
        """Stop if the kept readings were made by another version of the reading rules (joining them
        with new readings would give a graph no build gives)."""
        try:
            kept = (self.cache / VERSION).read_text(encoding="ascii").strip()
        except OSError:
            kept = None
        if kept != str(READING_VERSION):
            raise StoreError(f"the graph in {self.dir} was built by another version of dipkg; run kg build "
                             "again (kg add and kg remove need readings made by this version)")

    def staging(self) -> "Staging":
        """A place to write a build's readings before they replace the kept ones."""
        return Staging(self)

    # ---------------------------------------------------------------- the kept join
    def load_join(self):
        """The join kept by the last build, add or remove; None if there is none to trust (an older
        workspace, or a run stopped between changing the kept join and the store)."""
        p = self.cache / JOIN
        if (self.cache / PENDING).exists() or not p.exists():
            return None
        try:
            with open(p, "rb") as f, bulk_gc():
                state = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return state if getattr(state, "version", None) == JOIN_VERSION else None

    def facts(self) -> FactsDir:
        return FactsDir(self.cache / FACTS)

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
            shutil.rmtree(self.cache / FACTS, ignore_errors=True)
            kept = self.facts()
            for aid, f in facts.items():
                kept[aid] = f
        with atomic_file(self.cache / JOIN, durable=False) as f:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)


class Staging:
    """A build's readings, written as they are made into ``cache/.staging``, then moved into place."""

    def __init__(self, ws: Workspace):
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
            os.replace(self.dir / f"{aid}.pickle", self.ws.file(aid))
        self.ws.write_index(self.index)
        for aid in old - set(self.index):
            self.ws.file(aid).unlink(missing_ok=True)
        self.discard()
        return self.ws.files(self.index)

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
