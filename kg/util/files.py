"""Files written atomically: a temporary file beside the target, renamed over it on success, so a crash
or a full disk never leaves a half-written file."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

_UMASK = os.umask(0o022)
os.umask(_UMASK)          # read once: the process's umask, restored at once


@contextmanager
def atomic_file(path: Path, durable: bool = True):
    """A binary file to write ``path`` through: a temporary file beside it, renamed over it on success.

    ``durable`` flushes it to disk before the rename; without, the file is whole or absent after a crash of
    the process, and the caller makes it durable later (as the workspace does for many readings at once)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(fd, 0o666 & ~_UMASK)      # mkstemp makes it private; a written file is as any other
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_file(path) as f:
        f.write(data)
