"""The output folder as a workspace that grows: what ``kg add`` and ``kg remove`` keep, and one writer
at a time.

Beside the store, ``cache/`` keeps each article's reading (its :class:`~kg.mentions.Analysis`, before any
cross-article step), one file per article, its extracted facts (``cache/facts/``), what the join keeps
(``cache/join.pickle``, see :mod:`kg.graph.join`) and ``cache/index.json``, which maps article ids to the
SHA-256 of their text.

Crashes: a command writes every new reading first (a build and an add into ``cache/.staging``), makes
them durable, and then writes its intent, ``cache/.pending``: the command's name and the index of the
articles the graph will hold. That write is the command's commit point. Only after it do the kept
readings, the store and the exports change. A command that finds an intent (the last one was killed after
its commit point) completes it first, with a whole join of the intended articles' readings
(:func:`kg.pipeline.building.recover`), and says so; one that finds only leftovers (a staging folder or a
temporary store of a command killed before its commit point) removes them and says so. So after any
kill the folder holds either the graph before the killed command or the graph after it, never a mix,
and a change a reader could already see is never undone.

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
PENDING = ".pending"        # the intent of a command past its commit point, until it is complete
STAGING = ".staging"        # new readings of a build or an add, before their commit point
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

    # ---------------------------------------------------------------- the journal
    def begin(self, command: str, index: dict) -> None:
        """The commit point of ``command``: every reading it needs is on disk (made durable here), and the
        intent (the command and the index of the articles the graph will hold) is written atomically."""
        os.sync()
        self.cache.mkdir(parents=True, exist_ok=True)
        atomic_write(self.cache / PENDING, json.dumps({"command": command, "index": index}, sort_keys=True)
                     .encode("utf-8"))

    def intent(self) -> dict | None:
        """The intent of a command killed after its commit point, or None. An intent that cannot be read
        (an older dipkg wrote an empty marker) means: the kept index, joined again."""
        p = self.cache / PENDING
        if not p.exists():
            return None
        try:
            got = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(got, dict) and isinstance(got.get("index"), dict):
                return got
        except (OSError, ValueError):
            pass
        return {"command": "?", "index": self.index()}

    def end(self) -> None:
        """The command is complete: its intent goes."""
        (self.cache / PENDING).unlink(missing_ok=True)

    def move_staged(self, ids) -> None:
        """Move the staged readings of ``ids`` into place (those already moved are skipped)."""
        staged = self.cache / STAGING
        for aid in ids:
            src = staged / f"{aid}.pickle"
            if src.exists():
                os.replace(src, self.file(aid))

    def prune(self, index: dict) -> None:
        """Delete the readings and facts of articles not in ``index``."""
        facts = self.facts()
        for f in self.cache.glob("*.pickle"):
            if f.name != JOIN and f.stem not in index:
                f.unlink(missing_ok=True)
                facts.pop(f.stem)

    def clean_leftovers(self) -> list[str]:
        """Remove what a command killed before its commit point left (its staging folder, temporary
        stores, temporary files); a store moved aside but not replaced is put back. Returns what went."""
        gone = []
        staged = self.cache / STAGING
        if staged.exists():
            shutil.rmtree(staged, ignore_errors=True)
            gone.append(f"{CACHE}/{STAGING}")
        aside = sorted(self.dir.glob(".store-old.*"))
        if aside and not (self.dir / "store").exists():
            aside[0].rename(self.dir / "store")
            gone.append(f"{aside[0].name} (put back as store)")
        for d in sorted(self.dir.glob(".store*")):
            shutil.rmtree(d, ignore_errors=True)
            gone.append(d.name)
        for f in [*self.dir.glob(".*.tmp"), *self.cache.rglob(".*.tmp")]:
            f.unlink(missing_ok=True)
            gone.append(f.name)
        return gone

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
        self.dir = ws.cache / STAGING
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

    def move_in(self) -> list[Path]:
        """Move these readings into place beside the kept ones (after the commit point)."""
        self.ws.move_staged(self.index)
        self.discard()
        return self.ws.files(self.index)

    def commit(self) -> list[Path]:
        """Replace the kept readings by these; the index is written last."""
        self.ws.move_staged(self.index)
        self.ws.write_index(self.index)
        self.ws.prune(self.index)
        self.discard()
        return self.ws.files(self.index)

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
